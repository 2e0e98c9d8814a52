# Records with namedtuple: a real tuple subclass.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, issubclass(Point, tuple))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p)
print(Point._make([5, 6]), Point(y=3, x=4))
print(p + (3,), p * 2, p[:1], sorted([Point(2, 1), Point(1, 5)]))
print(max(Point(3, 9)), list(p), tuple(p), p.count(1), p.index(2))
print({p: "origin-ish"}[Point(1, 2)])

Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[0])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops"), Employee("cy", "eng", 95)]
print(Employee._field_defaults)
for e in sorted(staff, key=lambda e: e.salary, reverse=True):
    print(f"{e.name:4} {e.dept:4} {e.salary}")
print(staff[1])

Color = namedtuple("Color", "red, green, blue")
print(Color(1, 2, 3))
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5))

match Point(0, 7):
    case Point(0, yy):
        print("on y axis at", yy)
    case _:
        print("elsewhere")

for bad in [("Point", "x def"), ("Point", "x _y"), ("Point", "x x"), ("1abc", "x"), ("P", "x 1y"), ("class", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("P", "x y", defaults=(1, 2, 3))
except TypeError as e:
    print("TypeError", e)

errs = [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
        lambda: Point(1, x=2), lambda: Point(), lambda: Point._make([1]),
        lambda: p._replace(z=1), lambda: setattr(p, "x", 5)]
for f in errs:
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

Three = namedtuple("Three", "a b c")
try:
    Three()
except TypeError as e:
    print("TypeError", e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, isinstance(v, tuple))
print(Point.x.__doc__, Point.__doc__)
