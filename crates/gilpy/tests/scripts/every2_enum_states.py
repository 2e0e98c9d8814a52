from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class Priority(IntEnum):
    LOW = 1
    HIGH = 2

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.RED.name, Color.RED.value, [c.name for c in Color])
print(Color.RED is Color(1), Color.RED == 1, len(Color))
s = Status.PENDING
for _ in range(4):
    print(s.name, s.value, end=" -> ")
    s = s.next()
print()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print({c: c.value for c in Color})
match Color.GREEN:
    case Color.RED:
        print("stop")
    case Color.GREEN:
        print("go")
