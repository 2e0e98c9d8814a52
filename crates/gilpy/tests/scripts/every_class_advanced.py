class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, max(shapes).name, [type(s).__name__ for s in shapes])
print(isinstance(shapes[2], Rect), type(shapes[2]) is Rect, Square.__bases__[0].__name__)
class Meta:
    def __repr__(self): return "Meta()"
print([Meta()], str(Meta()), f"{Meta()}")
class Counter:
    def __init__(self): self._n = 0
    @property
    def n(self): return self._n
    def __iadd__(self, k):
        self._n += k
        return self
c = Counter(); c += 5; c += 2
print(c.n, vars(c) if False else "")
print(getattr(Circle(2), "r"), hasattr(Circle, "area"), Circle.area is not Shape.area)
print(Shape.__name__, Circle.__qualname__, Circle(1).__class__.__name__)
print(str(Shape)[:14], repr(Rect)[:13])
