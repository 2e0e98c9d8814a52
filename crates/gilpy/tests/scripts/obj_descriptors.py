# property, staticmethod, classmethod and user descriptors; CPython's lookup order.

class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="Fahrenheit, read-only")


t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 25
print(t.celsius, t.fahrenheit)
print(Temp.celsius.__doc__)
print(Temp.fahrenheit.__doc__)
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
print(Temp.celsius.fget is not None, Temp.fahrenheit.fset)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(t, "celsius"), getattr(t, "celsius", "default"))

# Property without a getter.
class W:
    x = property(None, lambda self, v: print("W.x =", v))
w = W()
w.x = 3
try:
    w.x
except AttributeError as e:
    print("AttributeError:", e)


class Util:
    count = 0

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def make(cls, n):
        cls.count += n
        return cls.__name__, cls.count


class SubUtil(Util):
    pass


print(Util.add(1, 2), Util().add(3, 4))
print(Util.make(1), Util().make(2), SubUtil.make(10), SubUtil().make(1))
print(Util.count, SubUtil.count)
print(type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
print(staticmethod(abs)(-3))
print(Util.make.__self__ is Util, Util.make.__func__.__name__)


# A user data descriptor with __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, isinstance(Point.x, Typed))
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
del p.y
print(hasattr(p, "_y"))


# Non-data descriptor: the instance attribute wins; data descriptor: the descriptor wins.
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Data(NonData):
    def __set__(self, obj, value):
        print("Data.__set__", value)


class Holder:
    nd = NonData()
    d = Data()


h = Holder()
print(h.nd, h.d)
h.nd = "instance value"
h.d = "ignored"
print(h.nd, h.d)
print(Holder.nd, Holder.d)


# Descriptor added to the class after instances have attributes of that name.
class Late:
    pass


l = Late()
l.v = "instance"
print(l.v)
Late.v = property(lambda self: "property wins")
print(l.v)
del Late.v
print(l.v)


# A caching non-data descriptor (like functools.cached_property).
class cached:
    def __init__(self, f):
        self.f = f

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.f(obj)
        setattr(obj, self.name, v)
        return v


class Expensive:
    @cached
    def value(self):
        print("computing")
        return 42


e = Expensive()
print(e.value, e.value)


# Methods are non-data descriptors: instance attributes shadow them.
class M:
    def f(self):
        return "method"


m = M()
print(m.f())
m.f = lambda: "instance"
print(m.f())
