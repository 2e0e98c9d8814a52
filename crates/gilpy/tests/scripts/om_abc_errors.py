from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Sq(Half):
    def perimeter(self):
        return 4
print(Sq().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
class Impl(WithProp):
    name = "impl"
print(Impl().name)

class CM(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...
try:
    CM()
except TypeError as e:
    print("TypeError:", e)

class Plain(metaclass=ABCMeta):
    pass
print(Plain(), isinstance(Plain(), ABC)) if False else print(type(Plain()).__name__)

class Reg(ABC):
    pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), Reg.register(str) is str)

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
from collections.abc import Iterable, Sized, Mapping
class MySized:
    def __len__(self):
        return 0
print(isinstance(MySized(), Sized), isinstance(MySized(), Iterable), isinstance({}, Mapping))
print(getattr(Shape.area, "__isabstractmethod__", False))
