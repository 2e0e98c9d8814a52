def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong"
print([http_error(s) for s in (400, 403, 404, 500)])
def where(point):
    match point:
        case (0, 0):
            return "Origin"
        case (0, y):
            return f"Y={y}"
        case (x, 0):
            return f"X={x}"
        case (x, y) if x == y:
            return f"diag {x}"
        case (x, y):
            return f"X={x}, Y={y}"
        case _:
            raise ValueError("Not a point")
print([where(p) for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2)]])
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def cls(p):
    match p:
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y {y}"
        case Point(): return "somewhere"
print(cls(Point(0, 0)), cls(Point(0, 3)), cls(Point(1, 1)))
def cmd(c):
    match c.split():
        case ["go", direction]: return f"going {direction}"
        case ["pick", "up", *items]: return f"picking {items}"
        case [single]: return f"single {single}"
        case []: return "empty"
print(cmd("go north"), cmd("pick up a b"), cmd("look"), cmd(""))
def conf(d):
    match d:
        case {"type": "user", "name": str(name)}: return name
        case {"type": t, **rest}: return (t, rest)
print(conf({"type": "user", "name": "ann"}), conf({"type": "x", "a": 1}))
