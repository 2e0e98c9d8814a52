class A:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return x * 2

print(A.cm(1), A().cm(2), A.sm(3), A().sm(4))
print(type(A.__dict__["cm"]).__name__, type(A.__dict__["sm"]).__name__)
print(A.__dict__["cm"].__func__.__name__, A.__dict__["sm"].__func__.__name__)
print(A.cm.__self__ is A, A.cm.__func__ is A.__dict__["cm"].__func__)
print(callable(A.__dict__["sm"]))
print(A.__dict__["sm"](5))
class B(A):
    pass
print(B.cm(0), B().cm(0))
try:
    classmethod(5)(1)
except TypeError as e:
    print("TypeError:", e)
def free(cls):
    return cls
A.late = classmethod(free)
print(A.late(), B.late())
sm = staticmethod(len)
print(sm("abc") if callable(sm) else None)
try:
    property()(None)
except TypeError as e:
    print("TypeError:", e)
class P:
    @property
    def p(self):
        return "prop"
print(P().p, type(P.p).__name__)
try:
    P.p.fget()
except TypeError as e:
    print("TypeError:", e)
try:
    A.sm()
except TypeError as e:
    print("TypeError:", e)
try:
    A.cm()
except TypeError as e:
    print("TypeError:", e)
print(A.cm.__name__, A.sm.__name__, A.sm.__qualname__)
