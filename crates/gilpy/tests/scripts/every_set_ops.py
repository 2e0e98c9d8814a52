a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a.issubset(range(10)), a.isdisjoint({9}), {1, 2} < a)
s = set()
s.add(1); s.add(2); s.add(1)
print(s, len(s))
s.update([3, 4], "ab")
print(sorted(s, key=str))
s.discard(99); s.remove(1)
print(sorted(s, key=str))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2, 3])
print(fs, {fs: "frozen"}, fs | {4}, type(fs | {4}).__name__)
print(len(set("mississippi")), sorted(set("mississippi")))
words = ["a", "b", "a", "c", "b"]
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq)
print(set(), frozenset(), {()} , set([1, 1.0, True]))
x = {1, 2, 3}
x &= {2, 3, 4}
x |= {10}
x -= {3}
print(x)
print(x.pop() in {2, 10}, len(x))
print({i % 3 for i in range(10)}, repr({"a"}))
x.clear()
print(x)
