# Instance __dict__ and vars(): a live view of the attributes.
class Point:
    """A point."""
    kind = "pt"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.__dict__, vars(p))
d = p.__dict__
d["z"] = 3
print(p.z, sorted(d), len(d), "x" in d, d.get("w", "none"))
p.w = 4
print(d["w"], list(d.keys()), list(d.values()), list(d.items()))
p.__dict__.update({"x": 10, "q": 5})
print(p.x, p.q)
vars(p).update(y=20)
print(p.y)
del d["q"]
print(hasattr(p, "q"), d)
for k in vars(p):
    print(k, getattr(p, k))
print(dict(vars(p)) == {"x": 10, "y": 20, "z": 3, "w": 4})
print(p.__dict__.pop("w"), hasattr(p, "w"))
print(p.__dict__.setdefault("y", 99), p.__dict__.setdefault("n", 7), p.n)
cp = p.__dict__.copy()
cp["x"] = -1
print(p.x, type(cp).__name__, cp == {"x": -1, "y": 20, "z": 3, "n": 7})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


# A common pattern: building objects from keyword arguments.
class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "Record(%s)" % items


r = Record(name="ann", age=31)
print(r, r.name, r.age)


# __eq__ comparing attribute dicts.
class Value:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


print(Value(1) == Value(1), Value(1) == Value(2))

# Class __dict__ and vars(Class): names defined in the class body.
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print("kind" in vars(Point), Point.__dict__["kind"], "__init__" in Point.__dict__)
print(Point.__module__, Point.__qualname__, Point.__doc__, Point.__name__)


class Outer:
    class Inner:
        def method(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner.method.__name__)


# Function attributes.
def greet(name, punct="!", *, times=1):
    """Say hello."""
    return ("hello " + name + punct) * times


print(greet.__name__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet.__code__.co_name, greet.__code__.co_argcount, greet.__module__)


def plain(a, b):
    pass


print(plain.__defaults__, plain.__kwdefaults__, plain.__doc__)
greet.calls = 0
greet.calls += 1
print(greet.calls, vars(greet) if hasattr(greet, "__dict__") else None)

import functools


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def add(a, b):
    """Add two numbers."""
    return a + b


print(add.__name__, add.__doc__, add.__wrapped__ is not None, add.__wrapped__(2, 3), add(1, 2))

# vars() errors.
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
