class Temperature:
    def __init__(self, celsius=0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("Temperature below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
class Vector:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vector(3, 4)
print(v, repr(v), v + v, 2 * v, v * 3, abs(v), len(v), list(v), bool(Vector(0, 0)))
print(v == Vector(3, 4), {v, Vector(3, 4)}, [str(x) for x in [v]])
print(f"{v}", f"{v!r}", str([v]))
class Stat:
    count = 0
    def __init__(self): Stat.count += 1
    @classmethod
    def made(cls): return cls.count
    @staticmethod
    def helper(x): return x * 2
Stat(); Stat()
print(Stat.made(), Stat.helper(4), Stat().made())
