python = {"ann", "bob", "cat", "dan"}
java = {"cat", "dan", "eve"}
rust = {"dan", "fay"}
print(sorted(python & java), sorted(python | rust), sorted(python - java), sorted(python ^ java))
print(sorted(python.intersection(java, rust)), sorted(set.union(python, java, rust)))
print(python.isdisjoint(rust), {"cat"} <= java, java >= {"eve"}, {"a"} < {"a"})
s = set()
s.add(3); s.update([1, 2], (5,)); s.discard(10)
print(sorted(s), len(s))
s.remove(5)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 2, 3})
fs = frozenset("hello")
print(sorted(fs), "h" in fs, fs == frozenset("ohlle"))
d = {fs: "frozen key"}
print(d[frozenset("leoh")])
seen = set()
dups = [x for x in [1, 2, 3, 2, 1, 4] if x in seen or seen.add(x)]
print(dups)
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
a = {1, 2, 3}
a -= {2}
a |= {9}
a &= {1, 9, 10}
print(sorted(a), set(), frozenset(), {1, 2} == {2, 1})
