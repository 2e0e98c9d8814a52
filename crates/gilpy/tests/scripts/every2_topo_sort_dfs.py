graph = {
    "shirt": ["tie", "belt"],
    "tie": ["jacket"],
    "pants": ["shoes", "belt"],
    "belt": ["jacket"],
    "socks": ["shoes"],
    "undershorts": ["pants", "shoes"],
    "shoes": [],
    "jacket": [],
    "watch": [],
}

def topo_sort(g):
    visited, order = set(), []
    def visit(node):
        if node in visited:
            return
        visited.add(node)
        for nxt in sorted(g[node]):
            visit(nxt)
        order.append(node)
    for node in sorted(g):
        visit(node)
    return order[::-1]

print(topo_sort(graph))

def kahn(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(kahn(graph))

def has_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def dfs(u):
        color[u] = GRAY
        for v in g[u]:
            if color[v] == GRAY or (color[v] == WHITE and dfs(v)):
                return True
        color[u] = BLACK
        return False
    return any(color[u] == WHITE and dfs(u) for u in g)
print(has_cycle(graph), has_cycle({"a": ["b"], "b": ["c"], "c": ["a"]}))

def components(edges, nodes):
    adj = {n: set() for n in nodes}
    for a, b in edges:
        adj[a].add(b); adj[b].add(a)
    seen, comps = set(), []
    for n in nodes:
        if n not in seen:
            stack, comp = [n], []
            seen.add(n)
            while stack:
                x = stack.pop()
                comp.append(x)
                for y in adj[x] - seen:
                    seen.add(y); stack.append(y)
            comps.append(sorted(comp))
    return comps
print(components([(1, 2), (2, 3), (4, 5)], range(1, 7)))
