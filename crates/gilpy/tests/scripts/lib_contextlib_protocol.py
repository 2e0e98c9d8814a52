from contextlib import contextmanager


class FakeGen:
    """Stands in for the generator of:
        print("setup", name); try: yield name.upper() except ValueError: print("handled") finally: print("teardown")
    """
    def __init__(self, name):
        self.name = name
        self.state = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.state == 0:
            self.state = 1
            print("setup", self.name)
            return self.name.upper()
        print("teardown")
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        exc = typ if val is None else val
        if isinstance(exc, ValueError):
            print("handled")
            print("teardown")
            raise StopIteration
        print("teardown")
        raise exc


@contextmanager
def managed(name):
    return FakeGen(name)


with managed("a") as v:
    print("body", v)
with managed("b") as v:
    raise ValueError("x")
print("after handled")
try:
    with managed("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)


@managed("deco")
def f():
    print("in f")


f()
