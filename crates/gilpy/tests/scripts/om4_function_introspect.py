def f(a, b=2, *args, c, d=4, **kw):
    "docstring"
    x = 1
    return x
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:6], co.co_name)
print(f.__module__, callable(f), type(f).__name__)
f.attr = "set"
print(f.attr, f.__dict__)
def g(x: int, y: "str" = "s") -> bool:
    pass
print(g.__annotations__)
g.__defaults__ = ("t",)
print(g.__defaults__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
import inspect
print(inspect.signature(f))
print(list(inspect.signature(g).parameters))
print(f.__qualname__, (lambda: 1).__name__)
def h():
    pass
print(h.__doc__, h.__defaults__, h.__kwdefaults__, h() is None)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=1, zz=2, a=1)
except TypeError as e:
    print("TypeError:", e)
