class A:
    __secret = 1
    def __init__(self):
        self.__x = "ax"
    def get(self):
        return self.__x, self.__secret
    def __private_method(self):
        return "pm"
    def call(self):
        return self.__private_method()

class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "bx"
    def getb(self):
        return self.__x

b = B()
print(b.get(), b.getb(), sorted(k for k in vars(b)))
print(A._A__secret, b._A__private_method(), b.call())
try:
    b.__x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(A, "__secret"), "_A__secret" in A.__dict__)
class C:
    def f(self):
        __local = 5
        return __local
    def g(self):
        return getattr(self, "__y", "not mangled in strings")
    __dunder__ = "kept"
print(C().f(), C().g(), C.__dunder__)
class _Under:
    def __m(self):
        return "underscore class"
    def call(self):
        return self.__m()
print(_Under().call(), [k for k in _Under.__dict__ if "m" in k and k.startswith("_U")])
