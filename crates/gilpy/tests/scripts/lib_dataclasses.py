from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(Point.__annotations__, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(3))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    kind: ClassVar[str] = "inv"

    def add(self, item):
        self.items.append(item)
        self.count += 1


a = Inventory("a")
b = Inventory("b")
a.add("apple")
print(a, b, a.count, Inventory.kind, len(fields(Inventory)))
print(asdict(a), astuple(a), replace(a, name="z"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(vs))


@dataclass(frozen=True)
class Key:
    a: str
    b: int


k = Key("x", 1)
print(k, hash(k) == hash(Key("x", 1)), {k: 1}[Key("x", 1)])


@dataclass
class Unhashable:
    v: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(WithPost(2, 3), WithPost(2, 3).area)


@dataclass
class Child(Point):
    z: int = 9


print(Child(1, 2, 3), Child(1), [f.name for f in fields(Child)])


@dataclass
class Custom:
    n: int

    def __repr__(self):
        return "<Custom %d>" % self.n


print(Custom(3), Custom(3) == Custom(3))


@dataclass
class Nested:
    p: Point
    ps: List[Point] = field(default_factory=list)


print(asdict(Nested(Point(1), [Point(2, 3)])))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Inventory()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
