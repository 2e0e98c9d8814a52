from contextlib import contextmanager, suppress, ExitStack

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False
    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("hi!")
    with ind:
        ind.print("hello")
        with ind:
            ind.print("bonjour")
    ind.print("hey")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("h1") as t:
    print("  title", t)

class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ZeroDivisionError:
            print("swallowed:", exc)
            return True
        return False

with Swallow():
    1 / 0
print("after swallow")
try:
    with Swallow():
        raise KeyError("k")
except KeyError as e:
    print("propagated:", repr(e))

with suppress(FileNotFoundError):
    open("/nonexistent/file.txt")
print("suppressed")

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    print(names)
    stack.callback(print, "callback ran")
