from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([3, 4]))
print(P.__name__, isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
D = namedtuple("D", ["a", "b"], defaults=[0])
print(D(1), D._field_defaults)
R = namedtuple("R", "def class x", rename=True)
print(R._fields)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.badge(), Emp._fields, Emp.__annotations__ if hasattr(Emp, "__annotations__") else None)
print(e._replace(dept="ops"), tuple(e), Emp._field_defaults)
x, y = P(5, 6)
print(x, y, P(*range(2)))
class Sub(P):
    __slots__ = ()
    @property
    def total(self):
        return self.x + self.y
print(Sub(1, 2).total, Sub(1, 2))
