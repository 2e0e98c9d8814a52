a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, j=2))
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged)
print([*range(3), *"ab"], {*[1, 2], *[2, 3]})
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
[m, n] = "xy"
print(m, n)
d = {"k1": 10, "k2": 20}
for k, v in d.items():
    print(k, v)
x, = [42]
print(x)
print(*[1, 2, 3], sep=", ")
