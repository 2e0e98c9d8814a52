class Outer:
    class Inner:
        def method(self):
            pass
    def f(self):
        def local():
            pass
        return local

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer().f().__qualname__)
print(Outer.__bases__, Outer.__base__, Outer.__mro__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.__bases__)
print([k.__name__ for k in D.mro()])
print(A.__subclasses__())
print(type(D), type(type), type(object), object.__bases__)
print(int.__mro__, bool.__mro__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer, Outer.__qualname__)
Outer.__qualname__ = "Q.R"
print(Outer.__qualname__, repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(D.__dict__.get("__module__"), "__doc__" in D.__dict__, D.__doc__)
class Doc:
    "docstring"
print(Doc.__doc__)
print(len.__name__, len.__qualname__, len.__module__, str.upper.__qualname__)
print([].append.__qualname__, type([].append).__name__, type(str.upper).__name__)
print(type(A.__dict__["__dict__"]).__name__ if "__dict__" in A.__dict__ else None)
X = type("X", (A,), {"v": 1, "__module__": "mymod"})
print(X, X.v, X.__mro__)
print(type.__name__, type(X).__name__)
print(isinstance(X, type), issubclass(type, object), isinstance(type, type))
