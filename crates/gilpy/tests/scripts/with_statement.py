# context managers: nesting, several items, __exit__ seeing and suppressing exceptions

class Tracer:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log if log is not None else []

    def __enter__(self):
        self.log.append("enter " + self.name)
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, repr(str(exc)),
                  "traceback present:", tb is not None)
        self.log.append("exit " + self.name)
        return self.suppress


with Tracer("a") as t:
    print("inside, got", t.name)

with Tracer("outer"):
    with Tracer("inner"):
        print("nested body")

with Tracer("x") as x, Tracer("y") as y, Tracer("z"):
    print("three items:", x.name, y.name)

# suppression
with Tracer("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Tracer("not suppressing"):
        raise KeyError("k")
except KeyError as e:
    print("propagated:", repr(e))

# the inner manager suppresses, so the outer sees a clean exit
with Tracer("outer2"):
    with Tracer("inner2", suppress=True):
        1 / 0
    print("continuing in outer2")

# with several items: exits run in reverse, an exception passes through all
try:
    with Tracer("first"), Tracer("second"):
        raise RuntimeError("from body")
except RuntimeError as e:
    print("caught", e)

# exception in __enter__: __exit__ of that manager does not run, earlier ones do
class BadEnter:
    def __enter__(self):
        print("BadEnter.__enter__ raising")
        raise RuntimeError("cannot open")

    def __exit__(self, *args):
        print("BadEnter.__exit__ (never)")
        return False

try:
    with Tracer("before-bad"), BadEnter():
        print("body never runs")
except RuntimeError as e:
    print("enter failed:", e)

# return / break / continue from inside with
def find(items, target):
    with Tracer("search"):
        for i, item in enumerate(items):
            if item == target:
                return i
    return -1

print("found at", find(["a", "b", "c"], "b"))
print("found at", find(["a"], "z"))

for n in range(3):
    with Tracer(f"loop{n}"):
        if n == 0:
            continue
        if n == 2:
            break
        print("loop body", n)

# a resource class that counts open handles
class Resource:
    open_count = 0

    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        Resource.open_count += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        self.closed = True
        return False

    def read(self):
        if self.closed:
            raise ValueError("I/O operation on closed resource " + self.name)
        return "data from " + self.name

with Resource("r1") as r1:
    with Resource("r2") as r2:
        print(r1.read(), "/", r2.read(), "/ open:", Resource.open_count)
    print("open after inner:", Resource.open_count)
print("open after outer:", Resource.open_count)
try:
    r1.read()
except ValueError as e:
    print(e)

# __exit__ may suppress only certain types
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return isinstance(exc, self.types)

for bad in [lambda: int("x"), lambda: [][0], lambda: "fine"]:
    try:
        with Ignore(ValueError) as nothing:
            print("value bound by as:", nothing)
            print("result:", bad())
        print("  completed or ignored")
    except IndexError as e:
        print("  not ignored:", type(e).__name__)

# exception inside __exit__ replaces the original
class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        raise RuntimeError("exit failed")

try:
    with FailingExit():
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
