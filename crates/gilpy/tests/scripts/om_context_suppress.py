class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)

with Suppress(ZeroDivisionError) as s:
    1 / 0
print("after 1", type(s).__name__)
try:
    with Suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)

def f():
    with Suppress(Exception):
        return "returned"
print(f())

for i in range(3):
    with Suppress(Exception):
        if i == 1:
            continue
        print("body", i)

class Truthy:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return "yes"
with Truthy() as v:
    raise RuntimeError
print("truthy suppressed", v)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with Raising():
        raise ValueError("inner")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

with Suppress(Exception), Suppress(Exception):
    raise IndexError("multi")
print("done")
import contextlib
with contextlib.suppress(OSError):
    open("/nonexistent/x")
print("suppress ok")
