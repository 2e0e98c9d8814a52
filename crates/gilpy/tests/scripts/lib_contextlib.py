from contextlib import suppress, closing, nullcontext, ExitStack

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("null", v)
with nullcontext():
    print("null none")


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, None if t is None else t.__name__)
        return self.swallow


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("body", names)
try:
    with ExitStack() as stack:
        stack.enter_context(CM("x"))
        stack.enter_context(CM("y"))
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with ExitStack() as stack:
    stack.enter_context(CM("outer", swallow=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("swallowed")
stack = ExitStack()
stack.callback(print, "later")
moved = stack.pop_all()
stack.close()
print("before close")
moved.close()
