t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3), t + (4,), t * 2, t[::-1])
single = (5,)
print(single, type(single).__name__, type((5)).__name__, ())
a, b, c, d = t
print(a + d)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) < (1, 3), (1, 2) == (1, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "pt"}
print(d[(1, 2)], d[1, 2])
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 8, 1])
print(lo, hi, minmax("hello"))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]))
print(repr((1, "a", None)), str(((),)), (1,) + (), tuple() == ())
print(any(()), all(()), sum((1, 2, 3)), 2 in t, list(zip(*[(1, "a"), (2, "b")])))
