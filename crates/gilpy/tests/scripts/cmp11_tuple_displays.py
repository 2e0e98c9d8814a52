import dataclasses
nan = float("nan")
a, b = (nan,), (nan,)
print(a == b, (nan,) == (nan,), (nan, 1) < (nan, 2), a < b)
x = 1
print((x, 2) < (x, 3), (x, 2) == (x, 2.0), (x,) != (x, 1), (x, 1) > (x,), (x, "a") <= (x, "a"), (x, []) >= (x, []))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    __hash__ = None
p, q, r = E(1), E(1), E(2)
print((p, r) < (q, p))
print((p, p) == (q, q), (p,) == (p,))
try:
    print((x, "a") < (x, 1))
except TypeError as e:
    print(e)
@dataclasses.dataclass(order=True)
class D:
    a: int
    b: str
print(sorted([D(2, "x"), D(1, "z"), D(1, "y")]), D(1, "a") == D(1, "a"), D(1, "a") >= D(1, "b"))
def f(k):
    return (k, -k) < (k, k)
print([f(i) for i in range(-1, 2)], (1, 2) < (1, 2, 3), (x, 2, 3) < (x, 2))
