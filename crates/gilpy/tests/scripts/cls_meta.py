# Metaclasses: a subclass of type whose methods apply to the class objects.

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        cls = super().__new__(mcs, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
        cls.registry = []

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        obj = super().__call__(*args, **kw)
        cls.registry.append(obj)
        return obj

    def __repr__(cls):
        return "<class %s via Meta>" % cls.__name__

    def __len__(cls):
        return len(cls.registry)

    def __iter__(cls):
        return iter(cls.registry)

    def __getitem__(cls, i):
        return cls.registry[i]

    def __contains__(cls, x):
        return x in cls.registry

    def describe(cls):
        return "class " + cls.__name__


class Base(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Base(%r)" % self.x

    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Child(Base):
    y = 2


print(type(Base) is Meta, type(Child) is Meta, type(Meta) is type)
print(isinstance(Base, Meta), isinstance(Base, type), isinstance(Child, Meta))
print(Base.added, Child.added, Child.y)
print(repr(Base), Child)
b = Base(1)
c = Child(2)
c2 = Child(x=3)
print(b, c, c2)
print(len(Base), len(Child), list(Child), Child[0], Child[-1])
print(c in Child, b in Child, b in Base)
print(Base.describe(), Child.describe())
print(Meta.__mro__ == (Meta, type, object))
print(type(b) is Base, isinstance(c, Base))
print(hasattr(b, "describe"))

# A metaclass with only __new__ (the common registration pattern).
registry = {}

class Registering(type):
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        if bases:
            registry[name] = cls
        return cls

class Plugin(metaclass=Registering):
    pass

class A(Plugin):
    pass

class B(Plugin):
    def run(self):
        return "B runs"

print(sorted(registry), registry["B"]().run(), type(A).__name__)

# Metaclass-level attributes and the class call going through type.__call__.
class Counted(type):
    count = 0
    def __call__(cls, *a):
        Counted.count += 1
        return type.__call__(cls, *a)

class P(metaclass=Counted):
    def __init__(self, v):
        self.v = v

ps = [P(i) for i in range(5)]
print(Counted.count, ps[3].v, P.count)

# Singleton via metaclass.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}

c1 = Config()
c2 = Config()
c1.values["a"] = 1
print(c1 is c2, c2.values)

# type(name, bases, ns) with a metaclass base picks the metaclass.
D = type("D", (Plugin,), {"z": 5})
print(type(D).__name__, D.z, "D" in registry)

# Metaclass conflicts.
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)

# A metaclass that is a plain function.
def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})

class U(metaclass=upper_attrs):
    hello = 1
print(hasattr(U, "HELLO"), hasattr(U, "hello"))

# __prepare__ is called and its mapping becomes the namespace.
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"preset": 42}
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))

class O(metaclass=Ordered):
    x = 1
print(O.preset, O.x)
