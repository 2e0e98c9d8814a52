def f(a, b=1, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
def g(a, b, /, c=3):
    return (a, b, c)
def h(x, *, y):
    return x, y
tests = [
    lambda: f(1, c=2),
    lambda: f(1, 2, 3, 4, c=5, z=6),
    lambda: f(c=1, a=2, q=3),
    lambda: f(1),
    lambda: f(1, a=2, c=3),
    lambda: g(1, 2),
    lambda: g(1, 2, c=5),
    lambda: g(1, b=2),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: h(1, y=2),
    lambda: h(1, 2),
    lambda: h(1),
    lambda: h(1, y=2, z=3),
    lambda: h(y=2),
    lambda: f(*[1, 2, 3], **{"c": 9, "e": 1}),
    lambda: (lambda *a, **k: (a, k))(1, 2, x=3),
    lambda: (lambda a, b=2: a + b)(b=5, a=1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class P:
    def __init__(self, x, y=0, *, label="p"):
        self.v = (x, y, label)
print(P(1).v, P(1, y=2).v, P(x=3, label="q").v)
try:
    P(1, z=2)
except TypeError as e:
    print("TypeError:", e)
def gen(a, b=2, **kw):
    yield a
    yield b
    yield kw
print(list(gen(1, x=5)))
def outer(a, b=1):
    def inner():
        return a + b
    return inner
print(outer(1, b=5)(), outer(a=2)())
print(int("12", base=8), sorted([3, 1, 2], reverse=True))
print(dict(a=1, b=2), "{x}-{y}".format(x=1, y=2))
m = {"a": 1}
print(m.get("a", 5), max([1, 5, 2], key=lambda v: -v))
