# Shortest paths and components on a generated weighted graph: Dijkstra with heapq,
# BFS levels, and a topological order of a DAG built from it.
import heapq
from collections import deque

def make_graph(n, seed):
    x = seed
    g = {i: [] for i in range(n)}
    for i in range(n):
        for _ in range(4):
            x = (x * 1103515245 + 12345) % 2147483648
            j = x % n
            w = 1 + (x >> 8) % 20
            if j != i:
                g[i].append((j, w))
    return g

def dijkstra(g, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist

def bfs_levels(g, src):
    seen = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in g[u]:
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen

def topo(g):
    indeg = [0] * len(g)
    for u in g:
        for v, _ in g[u]:
            if v > u:
                indeg[v] += 1
    order = []
    q = deque(u for u in g if indeg[u] == 0)
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in g[u]:
            if v > u:
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
    return order

g = make_graph(3000, 7)
total = 0
for s in range(0, 3000, 150):
    d = dijkstra(g, s)
    total += sum(d.values()) % 100003
    lv = bfs_levels(g, s)
    total += max(lv.values())
print(total, len(topo(g)))
