# A suspended generator inside try/finally or with is closed when its last reference
# goes away, as CPython's reference counting does: its cleanup runs at that moment.
from contextlib import contextmanager

def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"  cleanup {tag}")

print("break out of a for loop")
for n in numbers("for-break"):
    if n == 2:
        break
print("after the loop")

print("del and rebinding")
g = numbers("del")
next(g)
del g
print("after del")
g = numbers("rebind")
next(g)
g = numbers("second")
print("after rebind")
next(g)
g = None
print("after None")

print("inside a function")
def first_two():
    it = numbers("local")
    return [next(it), next(it)]
print(first_two())
print("after the call")

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  close {self.name} ({exc[0].__name__ if exc[0] else 'no error'})")

def reader():
    with Resource("file"):
        yield "line 1"
        yield "line 2"

print("with inside a generator")
r = reader()
print(next(r))
r = None
print("after dropping the reader")

def no_handler():
    yield 1
    yield 2
print("no try block: nothing to run")
x = no_handler()
next(x)
x = None

def stubborn():
    try:
        yield 1
    finally:
        print("  stubborn cleanup raises")
        raise ValueError("from finally")
print("an exception from the cleanup is only reported")
s = stubborn()
next(s)
s = None
print("still running")

@contextmanager
def section(name):
    print(f"  enter {name}")
    try:
        yield
    finally:
        print(f"  leave {name}")
with section("cm"):
    print("  body")
print("closed explicitly stays closed")
c = numbers("explicit")
next(c)
c.close()
c = None
print("end")

# Left suspended in globals: closed at exit, in the globals' order.
kept = numbers("global at exit")
next(kept)
holder = [numbers("list at exit")]
next(holder[0])
