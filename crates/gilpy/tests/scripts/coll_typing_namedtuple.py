# typing.NamedTuple class syntax.
from typing import NamedTuple


class Item(NamedTuple):
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


cart = [Item("pen", 1.5, 4), Item("book", 12.0)]
for it in cart:
    print(it, it.total())
print(isinstance(cart[0], tuple), Item._fields, Item._field_defaults)
print(cart[1]._replace(qty=3), cart[0]._asdict())
name, price, qty = cart[0]
print(name, price, qty, cart[0] == ("pen", 1.5, 4))
print(sum(i.total() for i in cart))
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
pr = Pair(1, right=2)
print(pr, Pair._fields, Pair.__annotations__, isinstance(pr, tuple))
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        a: int
        _fields = 1
except AttributeError as e:
    print("AttributeError", e)


class Sub(Item):
    def label(self):
        return self.name.upper()


print(Sub("ink", 2.0).label(), Sub("ink", 2.0))
