class A:
    "doc"
    x = 1
    def m(self): pass
class B(A):
    y = 2
class S:
    __slots__ = ("a",)
print(list(A.__dict__), list(B.__dict__), list(S.__dict__))
print(A.__dict__["__doc__"], B.__dict__["__doc__"], type(A.__dict__["__weakref__"]).__name__)
print(A.__dict__["__dict__"], "__dict__" in B.__dict__)
a = A()
print(A.__dict__["__dict__"].__get__(a) == {}, "__weakref__" in dir(a), "__dict__" in dir(A))
X = type("X", (A,), {"v": 1, "__module__": "mymod"})
print(X, list(X.__dict__))
