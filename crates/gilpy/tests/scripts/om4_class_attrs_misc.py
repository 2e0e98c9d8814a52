class A:
    """Doc of A."""
    x: int = 1
    y: str
    def f(self) -> int:
        return 1
print(A.__doc__, A.__annotations__, A.__name__, A.__qualname__, A.__module__)
print(A.f.__annotations__, A.f.__qualname__, A().f.__qualname__)
class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__)
def fn():
    def inner():
        pass
    return inner
print(fn().__qualname__, fn.__qualname__, (lambda: 0).__qualname__)
print(A.__mro__, type(A.__mro__).__name__, A.mro() == list(A.__mro__))
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(getattr(A, "__slots__", "no slots"), A.__class__, A().__class__.__name__)
B = type("B", (A,), {"z": 3, "g": lambda self: self.z})
print(B.__name__, B.__qualname__, B().g(), B.x, B.__bases__, B.__module__)
print(type(A).__name__, type(type(A)).__name__, A.__init__ is object.__init__)
print(object.__name__, object.__qualname__, int.__module__, len.__self__ if hasattr(len, "__self__") else None)
