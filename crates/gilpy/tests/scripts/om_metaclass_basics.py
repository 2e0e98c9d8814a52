class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = True
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"prepared": True}

class A(metaclass=Registry):
    x = 1
class B(A):
    pass
print(Registry.classes, A.created_by, B.initialized, A.prepared, type(B).__name__)

class M1(type):
    pass
class M2(type):
    pass
class X(metaclass=M1):
    pass
class Y(metaclass=M2):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1):
    pass
class W(metaclass=M3):
    pass
class V(X, W):
    pass
print(type(V).__name__)

class Attr(type):
    def hello(cls):
        return "hello from " + cls.__name__
class U(metaclass=Attr):
    pass
print(U.hello(), hasattr(U(), "hello"))
T = Attr("T", (), {})
print(T.hello(), type(T).__name__)

import collections
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return collections.OrderedDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class O(metaclass=OrderedMeta):
    b = 1
    a = 2
    def c(self):
        pass
print(O.order)
print(type("N", (), {}).__class__, type(3), type.__call__(int, "4"))
try:
    type("N", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
