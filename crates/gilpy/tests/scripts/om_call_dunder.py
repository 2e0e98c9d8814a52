class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2])))

class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable), callable(len), callable(5))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class InstanceCall:
    pass
ic = InstanceCall()
ic.__call__ = lambda: "inst"
print(callable(ic))
try:
    ic()
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
class Obj(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
print(Obj(3).v)

class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)

import functools
class Counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counted
def sq(x):
    """square"""
    return x * x
print(sq(3), sq(4), sq.calls, sq.__name__, sq.__doc__)
