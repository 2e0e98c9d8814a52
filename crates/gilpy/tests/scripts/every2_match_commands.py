from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def run(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case _:
            return f"unknown: {command!r}"

for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "exit", "", "dance now"]:
    print(run(c))

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (1, 2)]:
    print(where(p))

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"other {t} {sorted(rest)}"
        case int() | float() as n:
            return f"number {n}"
        case None:
            return "none"
for e in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "q"}, {"type": "scroll", "dy": 3, "dx": 0}, 2.5, None]:
    print(handle(e))
