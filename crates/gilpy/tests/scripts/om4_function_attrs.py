def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = 1
    return x

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__code__.co_varnames[:6])
f.custom = 5
print(f.custom, f.__dict__)
f.__defaults__ = (10,)
def g(a=1):
    return a
g.__defaults__ = (99,)
print(g())
g.__kwdefaults__ = None
print(g.__kwdefaults__)
def outer():
    v = 1
    def inner():
        return v
    return inner
i = outer()
print(i.__closure__[0].cell_contents, i.__code__.co_freevars)
print(outer.__closure__)
f.__name__ = "renamed"
print(f.__name__, repr(f).startswith("<function f at"))
try:
    f.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
print(type(f.__globals__).__name__, f.__globals__ is globals())
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
import functools
@functools.wraps(g)
def wrapper(*a):
    return g(*a)
print(wrapper.__name__, wrapper.__wrapped__ is g)
print(callable(f), f.__call__.__name__ if hasattr(f.__call__, "__name__") else None)
