# __call__ on functions, builtins, methods and classes; collections.abc.Callable (un4)
from collections.abc import Callable

def f(a, b=2):
    return a + b

class A:
    def m(self, x):
        return x * 2

class WithCall:
    def __call__(self, x):
        return ("called", x)

print(f.__call__(1), f.__call__(1, b=5), len.__call__([1, 2]), (lambda **k: k).__call__(x=1))
xs = []
xs.append.__call__(3)
print(xs, A().m.__call__(5), A.__call__().m(1), int.__call__("7"))
print(WithCall()(1), WithCall().__call__(2), WithCall.__call__(WithCall(), 3))
for obj in [f, len, print, A().m, xs.append, A, int, WithCall(), 1, "s", None, [1]]:
    print(callable(obj), hasattr(obj, "__call__"), isinstance(obj, Callable))
print(issubclass(type(f), Callable), issubclass(type(len), Callable), issubclass(A, Callable), issubclass(WithCall, Callable))
handlers = [h for h in (f, 3, len, "x", A) if isinstance(h, Callable)]
print([getattr(h, "__name__") for h in handlers])
