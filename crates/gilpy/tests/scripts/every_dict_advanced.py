from collections import defaultdict, OrderedDict, Counter
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]:
    graph[a].append(b)
print(dict(graph))
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
print(bfs("a"))
od = OrderedDict()
od["z"] = 1; od["a"] = 2
od.move_to_end("z")
print(list(od.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"])
c.update("aaz")
print(c["a"], c["z"], sum(c.values()))


d = {"b": 2, "a": 1, "c": 3}
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: -kv[1])))
print({k: v for k, v in d.items() if v > 1})
print(min(d, key=d.get), max(d.values()), sorted(d, reverse=True))
inverted = defaultdict(set)
for k, v in {"x": 1, "y": 1, "z": 2}.items():
    inverted[v].add(k)
print({k: sorted(v) for k, v in inverted.items()})
print(list(d.items())[0], next(iter(d)), len(d.keys() | {"q"}))
