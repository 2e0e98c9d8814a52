# __qualname__, __module__, __doc__, dir(), type(), class and function metadata.

class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            "Method doc."
            return 1

    def f(self):
        pass


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.f.__module__, Outer.__name__, Outer.Inner.__name__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__, Outer.f.__doc__)


class Child(Outer):
    pass


print(Child.__doc__)
o = Outer()
print(o.__doc__, type(o) is Outer, o.__class__.__name__)


class P:
    x = 1

    def m(self):
        pass


class Q(P):
    y = 2


names = [n for n in dir(Q) if not n.startswith("__")]
print(names)
q = Q()
q.z = 3
print([n for n in dir(q) if not n.startswith("__")])
print("__init__" in dir(q), "__class__" in dir(Q))
print(Q.__base__.__name__, [c.__name__ for c in Q.__bases__], object.__bases__, P.__bases__ == (object,))
print(type(Q).__name__, type(type).__name__, isinstance(Q, type))
print(issubclass(bool, int), bool.__mro__ == (bool, int, object))

try:
    class M(metaclass=type):
        pass
    print("metaclass=type ok", M.__name__)
except TypeError as e:
    print("TypeError:", e)
