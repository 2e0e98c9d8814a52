def register(cls):
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def replace_with_instance(cls):
    return cls()

@register
@add_repr
class P:
    def __init__(self, x):
        self.x = x
print(P(1), P.registered)

@replace_with_instance
class Single:
    value = 3
print(type(Single).__name__, Single.value)

def with_args(**kw):
    def deco(cls):
        for k, v in kw.items():
            setattr(cls, k, v)
        return cls
    return deco
@with_args(a=1, b=2)
class Q:
    pass
print(Q.a, Q.b)

order = []
def trace(name):
    order.append("eval " + name)
    def deco(c):
        order.append("apply " + name)
        return c
    return deco
@trace("outer")
@trace("inner")
class R:
    pass
print(order)
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits > 0)
class Deco:
    @staticmethod
    def d(f):
        return lambda *a: ("decorated", f(*a))
    @d
    def m(self):
        return 1
print(Deco().m())
