from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.price * 2

i = Item("pen", 1.5)
print(i)
print(asdict(i))
print(astuple(i))
j = replace(i, price=3.0)
print(j, j.total, i == j, i == Item("pen", 1.5))
print([f.name for f in fields(Item)])
try:
    replace(i, total=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(Ver(1, 2) < Ver(1, 3), Ver(2) > Ver(1, 9), sorted([Ver(2), Ver(1, 5), Ver(1)]))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Pt(1, 0)), {p, Pt(1)})

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(2, 5), WithInit(3))

@dataclass
class Child(Item):
    extra: int = 7
print(Child("x"))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Unhash:
    a: int
print(Unhash.__hash__)
print(Item.__dataclass_fields__["tags"].default_factory)
