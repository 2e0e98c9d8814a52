class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, x):
        if x < 0:
            raise ValueError("negative")
        self._v = x
    @v.deleter
    def v(self):
        print("deleting")
        self._v = None

b = Base()
b.v = 5
print(b.v, Base.v.__doc__)
try:
    b.v = -1
except ValueError as e:
    print("ValueError:", e)
del b.v
print(b.v)

class Child(Base):
    @Base.v.getter
    def v(self):
        return ("child", self._v)
c = Child()
c.v = 3
print(c.v)

class Child2(Base):
    @property
    def v(self):
        return "readonly"
c2 = Child2()
try:
    c2.v = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c2.v
except AttributeError as e:
    print("AttributeError:", e)

class Child3(Base):
    @Base.v.setter
    def v(self, x):
        print("child setter", x)
        Base.v.fset(self, x * 10)
c3 = Child3()
c3.v = 2
print(c3.v)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, type(p).__name__)
class RO:
    x = property(lambda self: 42, doc="answer")
print(RO().x, RO.x.__doc__)
print(isinstance(Base.v, property), Base.__dict__["v"].fset.__name__)
class Calls:
    @property
    def once(self):
        print("computing")
        return 1
o = Calls()
print(o.once + o.once)
