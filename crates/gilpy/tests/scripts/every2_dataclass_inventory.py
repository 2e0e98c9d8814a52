from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.quantity

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)

    def __post_init__(self):
        self.count = len(self.items)

pen = Item("pen", 1.5, 10, ["office"])
print(pen, pen.total)
print(asdict(pen))
print(astuple(pen))
print(replace(pen, quantity=3))
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) == Item("a", 2.0))
print([f.name for f in fields(Item)])
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
o = Order(7, [pen])
print(o, o.count)
