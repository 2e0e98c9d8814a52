# Multiple inheritance: C3 MRO, cooperative super(), class keywords, __init_subclass__.

class Base:
    def __init__(self):
        print("Base.__init__")
        super().__init__()

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()

    def who(self):
        return ["Right"] + super().who()


class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()

    def who(self):
        return ["Diamond"] + super().who()


def names(seq):
    return [c.__name__ for c in seq]


print(names(Diamond.__mro__))
print(names(Diamond.mro()))
print(names(Diamond.__bases__), Diamond.__base__.__name__)
d = Diamond()
print(d.who())
print(isinstance(d, Left), isinstance(d, Right), issubclass(Diamond, Base))

# The classic C3 example.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(names(A.__mro__))

# Inconsistent orders.
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(list, dict): pass
except TypeError as e:
    print("TypeError:", e)

# Attribute lookup follows the MRO.
class P1:
    tag = "P1"
    def hello(self):
        return "P1.hello"
class P2:
    tag = "P2"
    other = "P2.other"
    def hello(self):
        return "P2.hello"
class Kid(P1, P2):
    pass
k = Kid()
print(k.tag, k.other, k.hello(), Kid.tag)

# Mixins with explicit super(cls, self).
class LoggingMixin:
    def save(self):
        print("logging save for", type(self).__name__)
        return super(LoggingMixin, self).save()
class Store:
    def save(self):
        return "saved"
class Model(LoggingMixin, Store):
    pass
print(Model().save())

# __init_subclass__ and class keywords.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)


class Alpha(Plugin, name="alpha-plugin"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
try:
    class Oops(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    def __init_subclass__(cls):
        print("subclass of Counter:", cls.__name__, cls.__mro__[1].__name__)


class C1(Counter): pass
class C2(C1): pass
print(type(Counter.__dict__["__init_subclass__"]).__name__ if hasattr(Counter, "__dict__") else "classmethod")

# Class keyword values are evaluated in order, in the enclosing scope.
def kwval(x):
    print("evaluating", x)
    return x
class Ordered(Plugin, name=kwval("ordered")):
    pass

# super() in classmethods and staticmethods via the class.
class Shape:
    @classmethod
    def create(cls):
        return "Shape.create for " + cls.__name__
class Square(Shape):
    @classmethod
    def create(cls):
        return "Square: " + super().create()
print(Square.create(), Square().create())

# type(name, bases, dict)
def init(self, v):
    self.v = v
Dyn = type("Dyn", (Base,), {"__init__": init, "kind": "dynamic", "double": lambda self: self.v * 2})
o = Dyn(21)
print(type(o).__name__, o.kind, o.double(), names(Dyn.__mro__), Dyn.__module__)
Empty = type("Empty", (), {})
print(names(Empty.__mro__), Empty.__bases__ == (object,))
print(type(3) is int, type("Dyn2", (Dyn,), {}).__base__.__name__)
