class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

a = A()
a.x = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.x)

try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)

class S1:
    __slots__ = ("v",)
class S2:
    __slots__ = ("w",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print("TypeError:", e)

class Base:
    pass
class Child(Base):
    def extra(self):
        return "extra"
o = Base()
o.__class__ = Child
print(o.extra())

class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, int))
