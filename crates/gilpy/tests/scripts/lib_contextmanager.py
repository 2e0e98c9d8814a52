# Pending: needs generators (yield). Move to tests/scripts once they are merged.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("</%s>" % name)


with tag("a") as v:
    print("body", v)
with tag("b"):
    raise ValueError("swallowed")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@tag("deco")
def f():
    print("in f")


f()
f()
