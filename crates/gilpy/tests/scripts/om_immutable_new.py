class Celsius(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}°{self.unit}"

c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, c.unit)

class Tag(str):
    def __new__(cls, text, level=0):
        self = super().__new__(cls, text.upper())
        self.level = level
        return self

t = Tag("hi", level=2)
print(t, t.level, len(t), t.lower(), type(t.lower()).__name__, isinstance(t, str))
print(repr(t), t == "HI", hash(t) == hash("HI"))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"

p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), type(p + (3,)).__name__)

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)
print(Even(4), Even(4) + 1)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)

class Flags(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(Flags("a", "b")), type(Flags("a")).__name__)

class Weird(int):
    def __init__(self, v):
        print("init", v)
print(Weird(7) * 2)

class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
