# match: sequence (with star), mapping (with **rest) and class patterns.
def parse(command):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "quit"
        case ["go", direction]:
            return f"go {direction}"
        case ["pick", "up", *items] if items:
            return f"pick up {', '.join(items)}"
        case ["drop", *items, "now"]:
            return f"drop {items} now"
        case [verb, *_]:
            return f"unknown verb {verb}"


for c in ["", "quit", "exit", "go north", "pick up key lamp", "pick up", "drop a b now", "dance"]:
    print(repr(c), "->", parse(c))

# Tuples, lists and ranges are sequences; strings, dicts and sets are not.
for subject in [(1, 2), [1, 2], range(2), "12", {1: 2}, {1, 2}, (1, 2, 3)]:
    match subject:
        case [a, b]:
            print(type(subject).__name__, "pair", a, b)
        case _:
            print(type(subject).__name__, "not a pair")

match [1, [2, [3, 4]]]:
    case [x, [y, [z, *rest]]]:
        print("nested", x, y, z, rest)

match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last)

match [1]:
    case [*everything]:
        print("star only", everything)


# Mappings.
def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **extra}:
            return f"key {k} extra={extra}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"


for e in [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": 1},
    {"type": "scroll", "dy": 2},
    {"pos": 1},
    [("type", "click")],
]:
    print(event(e))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)


# Classes: keyword patterns and positional ones through __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


class Tag:
    def __init__(self, name):
        self.name = name


def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, r=r):
            return f"circle r={r} at {c.x},{c.y}"
        case Tag(name="b" | "i" as n):
            return f"inline tag {n}"
        case Tag():
            return "some tag"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if s:
            return f"string {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), Circle(Point(1, 2), 20),
          Circle(Point(5, 6), 2), Tag("b"), Tag("div"), 7, 2.5, "txt", "", [9, 8], {"k": 1}, None]:
    print(shape(s))


# Errors raised by class patterns, as CPython words them.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


for subject, label in [(NoArgs(), "NoArgs"), (BadArgs(), "BadArgs"), (Point(1, 2), "Point3"), (5, "int2")]:
    try:
        match subject:
            case NoArgs(1):
                pass
            case BadArgs(1):
                pass
            case Point(1, 2, 3):
                pass
            case int(1, 2):
                pass
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
