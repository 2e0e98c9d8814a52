from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

@dataclass
class Circle:
    center: Point
    r: float

def describe(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(r=r):
            return f"circle r={r}"
        case [Point() as p, *rest]:
            return f"list starting with point {p.x}, {len(rest)} more"
        case {"kind": "sq", "side": side, **others}:
            return f"square {side} {others}"
        case int() | float() as n if n < 0:
            return "negative"
        case str(s2):
            return "string " + s2
        case _:
            return "unknown"

for v in [Point(0, 0), Point(3, 0), Point(0, 4), Circle(Point(1, 2), 11), Circle(Point(0, 0), 1),
          [Point(1, 1), 2, 3], {"kind": "sq", "side": 2, "c": 1}, -5, -1.5, "hi", 7]:
    print(describe(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(x):
        print("int self-match", x)
match (1, 2):
    case (a, b) if a < b:
        print("tuple", a, b)
