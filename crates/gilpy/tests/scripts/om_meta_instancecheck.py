class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))

class Intish(metaclass=Meta):
    pass

print(isinstance(3, Intish))
print(isinstance("s", Intish))
print(issubclass(bool, Intish))
print(issubclass(str, Intish))
print(issubclass(float, Intish))
print(isinstance(3, (str, Intish)))
# exact type match short-circuits __instancecheck__
x = Intish()
print(isinstance(x, Intish))

class Even(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst % 2 == 0

class EvenNum(metaclass=Even):
    pass

print([isinstance(i, EvenNum) for i in range(5)])

class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"  # truthiness is used

class T(metaclass=Truthy):
    pass
print(isinstance(1, T))

import abc
class Base(abc.ABC):
    pass
Base.register(list)
print(isinstance([], Base), issubclass(list, Base), issubclass(tuple, Base))

class Bad(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("nope")
class B(metaclass=Bad):
    pass
try:
    issubclass(int, B)
except ValueError as e:
    print("ValueError", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError", e)
