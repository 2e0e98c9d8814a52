# Abstract base classes.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

s = Square(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), isinstance(s, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, type(Square).__name__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Hello(Plugin):
    @property
    def name(self):
        return "hello"

    @classmethod
    def create(cls):
        return cls()


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
h = Hello.create()
print(h.name, isinstance(h, Plugin))


# A template-method pattern with an abstract step.
class Report(ABC):
    def render(self):
        return "\n".join([self.header(), *self.body(), "-- end"])

    def header(self):
        return "== " + self.title() + " =="

    @abstractmethod
    def title(self):
        pass

    @abstractmethod
    def body(self):
        pass


class Sales(Report):
    def title(self):
        return "Sales"

    def body(self):
        return ["q1: 10", "q2: 12"]


print(Sales().render())
