class P:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

print(type(P.a).__name__, P.a.__name__, P.a.__objclass__.__name__, P.a)
p = P(1)
print(P.a.__get__(p, P), P.a.__get__(None, P) is P.a)
P.b.__set__(p, 5)
print(p.b)
P.b.__delete__(p)
print(hasattr(p, "b"), hasattr(p, "__dict__"))
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
try:
    P.a.__get__(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    p.b
except AttributeError as e:
    print("AttributeError:", e)

class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class C(B):
    pass

b = B()
b.x = 1
b.y = 2
print(b.x, b.y, hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
c = C()
c.z = 3
c.x = 1
print(c.__dict__, c.x, vars(c))
c.__dict__["w"] = 4
print(c.w, c.x, sorted(vars(c)))
try:
    print(A().x)
except AttributeError as e:
    print("AttributeError:", e)

class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)

class E:
    __slots__ = "single"
e = E()
e.single = 5
print(e.single, E.__slots__, type(E.single).__name__)

class Priv:
    __slots__ = ("__secret", "open")
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Priv().reveal(), "_Priv__secret" in Priv.__dict__)

try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)

a = A()
a.x = 9
del a.x
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)

class Q(A):
    __slots__ = ()
try:
    Q().foo = 1
except AttributeError as e:
    print("AttributeError:", e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(i, i * i) for i in range(4)]
print(pts, sum(p.y for p in pts))
print([getattr(pts[2], s) for s in Point.__slots__])
