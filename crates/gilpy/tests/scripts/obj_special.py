# __new__, __getattr__, __getattribute__, __setattr__, __delattr__, __slots__.

class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotMine(), type(NotMine()).__name__)


class Plain:
    pass


p = object.__new__(Plain)
print(type(p).__name__, isinstance(p, Plain))


class WithNewOnly:
    def __new__(cls, x, y=2):
        obj = object.__new__(cls)
        obj.total = x + y
        return obj


print(WithNewOnly(1).total, WithNewOnly(1, y=5).total)


class Lazy:
    def __init__(self):
        self.real = "real attribute"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"Lazy has no {name!r}")


z = Lazy()
print(z.real, z.dyn_abc, getattr(z, "dyn_x"), hasattr(z, "missing"))
try:
    z.missing
except AttributeError as e:
    print("AttributeError:", e)


class Traced:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method result"


t = Traced()
print(t.a)
print(t.secret)
print(t.method())
try:
    t.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback for " + name


print(Both().boom, Both().other)


class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


r = Recorder()
r.x = 1
r.y = "two"
setattr(r, "z", 3)
del r.x
print(r.log, r.y, hasattr(r, "x"))
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen")


f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def method(self):
        return self.x


s = Slotted(1)
s.y = 2
print(s.x, s.y, s.method())
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.method = None
except AttributeError as e:
    print("AttributeError:", e)
s2 = Slotted(5)
try:
    s2.y
except AttributeError as e:
    print("AttributeError:", e)


class SlottedChild(Slotted):
    __slots__ = ["w"]


c = SlottedChild(1)
c.w = 9
try:
    c.q = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.x, c.w)


class Open(Slotted):
    pass


o = Open(1)
o.anything = "ok"
print(o.anything)


class Wrapper:
    """Delegates unknown attributes to a wrapped list."""

    def __init__(self, items):
        self._items = items

    def __getattr__(self, name):
        return getattr(self._items, name)


w = Wrapper([3, 1, 2])
w.sort()
w.append(4)
print(w._items, w.count(1), Wrapper.__doc__)


class Meta:
    "One line."
    x: int = 3
    y: str


print(Meta.__doc__, Meta.x)


def documented():
    """Function doc."""
    return 1


def undocumented():
    return 1


print(documented.__doc__, undocumented.__doc__)


# Hooks added to a class after instances exist.
class Later:
    pass


lt = Later()
lt.v = 1
Later.__getattr__ = lambda self, name: "late " + name
print(lt.v, lt.other)
