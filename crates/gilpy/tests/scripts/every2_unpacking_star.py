first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = range(4)
print(init, end)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)], start=1):
    print(i, name, score)
x, y = y, x = 1, 2
print(x, y)
def f(a, b, *args, key=None, **kwargs):
    return a, b, args, key, kwargs
print(f(*[1, 2, 3, 4], key="k", **{"extra": True}))
print(f(1, *(2,), **dict(key=5)))
nums = [3, 1, 2]
print(*nums, sep=" | ")
print([*nums, *"ab", *range(2)], {**{"a": 1}, "b": 2, **{"a": 3}})
print((*nums,), {*nums, 4})
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
coords = {"x": 1, "y": 2}
def point(x, y):
    return f"({x}, {y})"
print(point(**coords))
(m, n), *rest = [(1, 2), (3, 4), (5, 6)]
print(m, n, rest)
