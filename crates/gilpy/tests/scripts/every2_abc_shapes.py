from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Broken(Shape):
    def area(self):
        return 0

for s in [Rectangle(3, 4), Square(2), Circle(1.5)]:
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Square, Shape), isinstance(Circle(1), Rectangle))
print(sorted(Shape.__abstractmethods__))
