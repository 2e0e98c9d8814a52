from contextlib import contextmanager, suppress
class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError
with Timer() as t:
    print("inside", type(t).__name__)
with Timer():
    raise ValueError("swallowed")
print("after swallowed")
try:
    with Timer():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as v, tag("i"):
    print("text", v)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
@contextmanager
def managed():
    try:
        yield
    except RuntimeError as e:
        print("handled", e)
with managed():
    raise RuntimeError("boom")
print("done")
