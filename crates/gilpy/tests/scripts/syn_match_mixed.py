# match: a tour of every kind of pattern in two functions.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty list"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"k": v, **others}:
            return f"k={v} others={others}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case _:
            return "other"

for v in [0, 2, -1, 1.5, "hello", None, True, [], [7], (1, 2), [1, 2, 3], range(4),
          {"type": "point", "x": 1, "y": 2}, {"k": 1, "z": 2}, {"a": 1}, "abc", 1000, 50, 3.5]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Color:
    RED = "red"
    GREEN = "green"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Color.RED:
            return "red!"
        case (Color.GREEN | "blue") as c:
            return f"cool color {c}"
        case [Point(x=px), *_] :
            return f"list starting with point x={px}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "red", "green", "blue", [Point(9, 9), 1], 42]:
    print(where(p))

match = 5
case = 6
print(match + case)
match (1, 2):
    case (a, b):
        print("tuple", a, b)
cmd = "go north"
match cmd.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match 3:
    case 1:
        print("no")
print("after")
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
for x in [1, [1, 2], (3, 4, 5)]:
    match x:
        case [_, _, *_]:
            print("2+ seq")
        case _:
            print("nope")
