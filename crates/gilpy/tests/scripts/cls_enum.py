# The enum module: Enum, IntEnum, Flag, IntFlag, auto, unique.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @property
    def is_warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(type(Color.RED), isinstance(Color.RED, Color), type(Color.RED) is Color)
print(list(Color), len(Color))
print([c.name for c in Color])
print(Color["GREEN"], Color(3), Color(1) is Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color.RED)
print(Color.GREEN in Color, Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm)
print(Color.__members__.keys() if False else list(Color.__members__))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(hash(Color.RED) == hash(Color.RED), sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
print(Color.RED.__class__.__name__, Color.__name__, repr(Color))
print(f"{Color.RED}", "%s" % Color.GREEN, str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

# Aliases: a second name for a value is the same member and not iterated.
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape))
print(list(Shape.__members__))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)


@unique
class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

print([(d.name, d.value) for d in Weekday])


class Animal(Enum):
    DOG = "dog"
    CAT = "cat"

print(Animal("cat"), Animal.DOG.value, repr(Animal.CAT))


# IntEnum compares and computes as an int.
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.LOW < Priority.HIGH, Priority.HIGH == 3, Priority.MEDIUM + 1, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", isinstance(Priority.LOW, int))
print(Priority(2), [1, 2, 3, 4][Priority.LOW])


# Flags combine with | and test with &.
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value)
print(bool(rw & Perm.R), bool(rw & Perm.X), Perm.R in rw, Perm.X in rw)
print((rw | Perm.X).value, rw.value, repr(Perm.R), str(Perm.W))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(int(m), m == 6, m & Mode.READ == Mode.READ, bool(m & Mode.EXEC), isinstance(m, int))


# Methods and class methods on enums; a state machine.
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"

    def next(self):
        order = list(State)
        i = order.index(self)
        return order[min(i + 1, len(order) - 1)]

    @classmethod
    def start(cls):
        return cls.IDLE


s = State.start()
trace = [s]
while s is not State.DONE:
    s = s.next()
    trace.append(s)
print(" -> ".join(x.value for x in trace))

transitions = {
    (State.IDLE, "go"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}
s = State.IDLE
for ev in ["go", "noop", "finish"]:
    s = transitions.get((s, ev), s)
    print(ev, "->", s.name)

match State.RUNNING:
    case State.IDLE:
        print("idle")
    case State.RUNNING:
        print("matched running")


# Enum with tuple values and __init__.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))


# Functional API.
Fruit = Enum("Fruit", "APPLE BANANA CHERRY")
print(list(Fruit), Fruit.BANANA.value)
Dir = Enum("Dir", ["N", "S"])
print(Dir.S, Dir(1))


# auto with a custom _generate_next_value_.
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()

print(Lower.ALPHA.value, Lower("beta"))

# Members with values that are not hashable still work by value search.
class Cfg(Enum):
    A = [1, 2]
    B = [3]
print(Cfg([3]), Cfg.A.value)

# Subclassing an enum with members is refused.
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)

# An empty enum can be a base.
class Base(Enum):
    def hello(self):
        return "hello " + self.name

class Greek(Base):
    ALPHA = 1
print(Greek.ALPHA.hello(), len(Base), list(Base))
