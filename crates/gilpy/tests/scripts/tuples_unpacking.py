# tuples and unpacking

a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = "same"
print(x, y, z, x is z)
a, b, c = "xyz"
print(a, b, c)
(p, (q, r)), s = (1, (2, 3)), 4
print(p, q, r, s)
[m, n] = [10, 20]
print(m, n)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = (1,)
print(init, end)
a, *b, c = 1, 2
print(a, b, c)
lo, *mid, hi = range(10)
print(lo, mid, hi, type(mid).__name__)
(a, *b), c = "xyz", 9
print(a, b, c)

print("-- unpacking in for")
points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px, py, px * py)
for i, (px, py) in enumerate(points):
    print(i, px + py)
for key, (lo, hi) in {"a": (1, 5), "b": (2, 3)}.items():
    print(key, hi - lo)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)

print("-- tuple values")
t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(1), t.index(4), 5 in t, 9 not in t)
print(t + (9, 2), t * 2, (0,) * 3, () + (), tuple(sorted(t)), min(t), max(t), sum(t))
print((1,), (1), ((1,),), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(type((1,)).__name__, type((1)).__name__, type(()).__name__, 1, (2,), len(((),)))
single = 5,
print(single, single == (5,))
nested = ((1, 2), [3, 4], "s")
nested[1].append(5)
print(nested)
try:
    nested[0] = 0
except TypeError as e:
    print("TypeError:", e)

print("-- comparison")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], (1, 2.0) == (1, 2), sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
print(max([(1, "b"), (1, "c"), (0, "z")]), (3, 4) != (3, 4), (0, 0) <= (0, 0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)

print("-- tuples as dict keys")
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
moves = {(0, 1): "right", (1, 0): "down", (0, -1): "left", (-1, 0): "up"}
pos = (1, 1)
for d in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
    pos = (pos[0] + d[0], pos[1] + d[1])
    print(moves[d], pos, grid.get(pos, "off-grid"))
edges = {("a", "b"): 3, ("b", "c"): 4}
print(sorted(edges.items()), edges[("a", "b")])

print("-- returning and passing tuples")
def min_max(xs):
    return min(xs), max(xs)

result = min_max([3, 9, 1])
print(result, type(result).__name__)
lo, hi = min_max("hello")
print(lo, hi)

def swap_pairs(pairs):
    return [(b, a) for a, b in pairs]

print(swap_pairs([(1, "one"), (2, "two")]))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
coords = [(0, 0), (3, 4), (-1, 1)]
print(sorted(coords, key=lambda p: p[0] ** 2 + p[1] ** 2))

print("-- unpacking errors")
for value in [(1, 2, 3), (1,), 5, "ab", []]:
    try:
        u, v = value
        print("ok", u, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
