fs = frozenset([3, 1, 2])
print(fs, type(fs).__name__, len(fs), 2 in fs, 5 in fs)
print(frozenset(), set(), frozenset("aab") == {"a", "b"})
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset(["x"])) == hash(frozenset(["x"])))
d = {fs: "three", frozenset(): "none"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), frozenset([1]) in s)
s = {1, 2, 3}
f = frozenset({2, 3, 4})
for r in (s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s):
    print(type(r).__name__, sorted(r))
for r in (f.union([9]), f.intersection(s), f.difference([2]), f.symmetric_difference(s), s.union(f)):
    print(type(r).__name__, sorted(r))
print(f.copy() is f, s.copy() is s, frozenset(f) is f)
print(s == frozenset(s), frozenset(s) == s, s <= f, frozenset([2]) < f, f.issuperset([2, 3]))
print(f.isdisjoint([7, 8]), f.isdisjoint(s), frozenset([2]).issubset(s))
g = f
g |= {10}
print(sorted(g), sorted(f), g is f)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    hash({1})
except TypeError as e:
    print(e)
# in-place set methods
s = {1, 2, 3, 4}
t = s
s |= {5}
s &= {1, 2, 5, 9}
print(sorted(s), t is s)
s -= {1}
s ^= {2, 7}
print(sorted(s), t is s)
s = {1, 2, 3, 4}
print(s.intersection_update([1, 2, 8], {1, 2, 3}), sorted(s))
s.difference_update([1], (9,))
print(sorted(s))
s.symmetric_difference_update([2, 3, 4])
print(sorted(s))
s.update([1], "ab")
print(sorted(map(str, s)))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint({2}))
print(repr(frozenset({1, 2})), str(frozenset(["a"])))
print(frozenset([1, 2]) == frozenset([2, 1]), frozenset([frozenset([1])]))
print(sorted(frozenset({5, 1, 3})), list(frozenset([1])))
s = {frozenset({1, 2}), 3}
print({1, 2} in s, {2, 1} in s, set() in s, {9} in s, 3 in s)
s.remove({1, 2})
print(s)
s.discard({7})
s.add(frozenset())
s.discard(set())
print(s)
try:
    s.remove({5})
except KeyError as e:
    print("KeyError", e)
try:
    [1] in s
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
