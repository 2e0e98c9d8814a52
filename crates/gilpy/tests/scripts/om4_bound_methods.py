class A:
    def m(self, x):
        return (self.name, x)
    def __init__(self, name):
        self.name = name

a = A("a")
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A("b").m == a.m)
print(A.m(a, 2), type(bm).__name__, type(A.m).__name__)
import types
print(isinstance(bm, types.MethodType), isinstance(A.m, types.FunctionType))
mt = types.MethodType(lambda self, y: (self.name, y * 2), a)
print(mt(3))
f = A.m.__get__(a, A)
print(f(4))
print(repr(bm).startswith("<bound method A.m of"))
def outside(self):
    return "outside " + self.name
A.o = outside
print(a.o())
a.inst = outside
try:
    a.inst()
except TypeError as e:
    print("TypeError:", e)
print(hash(a.m) == hash(a.m))
ms = [a.m, a.m]
print(ms.count(a.m))
print(getattr(a.m, "__doc__"), A.__init__.__name__)
try:
    bm.newattr = 1
except AttributeError as e:
    print("AttributeError:", e)
A.m.tag = "t"
print(bm.tag)
