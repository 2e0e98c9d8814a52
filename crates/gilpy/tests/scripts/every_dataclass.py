from dataclasses import dataclass, field, asdict
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), Point(3))
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
items = [Item(3.5, "b"), Item(1.0, "a"), Item(2.0, "c")]
print(sorted(items))
print(asdict(items[0]))
@dataclass(frozen=True)
class Frozen:
    a: int
f = Frozen(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(1)))
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    def total(self):
        return sum(i.price for i in self.items)
inv = Inventory(items)
print(inv.total(), len(inv.items))
