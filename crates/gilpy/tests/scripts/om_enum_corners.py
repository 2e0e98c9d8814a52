from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1

print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(Color.RED.name, Color.RED.value, repr(Color.GREEN), str(Color.GREEN))
print(list(Color.__members__), len(Color), Color.RED in Color)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri(3), sorted([Pri.HIGH, Pri.LOW]), Pri.LOW == 1)
print(f"{Pri.HIGH}", str(Pri.HIGH), repr(Pri.HIGH), int(Pri.HIGH))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm(0)))
print(list(rw) if hasattr(rw, "__iter__") else None)
class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, (IF.A | IF.B) == 3, IF.A | 4)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.ratio))

class Shape(str, Enum):
    SQ = "square"
print(Shape.SQ == "square", Shape("square"), Shape.SQ.upper())
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print([m.value for m in Named])
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED.__class__.__name__)
print({Color.RED: 1}[Color.CRIMSON])
