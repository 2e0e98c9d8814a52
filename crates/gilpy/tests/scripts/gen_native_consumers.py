# Generators consumed by native code (list, sum, join, sorted, ...) must behave
# exactly like repeated next(): order of side effects, exceptions, return values.
import sys
import threading
import traceback


def counted(n, log):
    for i in range(n):
        log.append(i)
        got = yield i
        log.append(("sent", got))
    log.append("end")
    return "ret"


log = []
print(list(counted(3, log)), log)
log = []
print(sum(counted(4, log)), tuple(counted(2, [])), sorted(counted(3, []), reverse=True))
print("".join(c.upper() for c in "hello"), "-".join(str(i) for i in range(5)))
print(set(x % 3 for x in range(10)), dict((k, k * k) for k in range(4)))
print(min(x * 2 for x in [5, 3, 9]), max(abs(t) for t in [-7.5, 2.0, 3.25]))
print(sum(a * b for a, b in zip([1.5, 2.0, 3.0], [4.0, 5.0, 6.5])))
print(sum((x for x in range(10)), 100), sum(x for x in []), list(x for x in ()))

# Partly consumed, then collected; afterwards exhausted.
g = counted(5, [])
print(next(g), next(g), list(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# yield from: the delegate's items and its return value.
def inner(n):
    yield from range(n)
    return n * 10


def outer():
    r = yield from inner(3)
    yield r
    r2 = yield from [7, 8]
    yield r2
    sub = inner(4)
    yield next(sub)
    r3 = yield from sub
    yield r3


print(list(outer()))

# A delegate suspended part way, collected through the outer generator.
def outer2(sub):
    yield "start"
    x = yield from sub
    yield ("done", x)


s = inner(5)
next(s)
next(s)
print(list(outer2(s)))


# Recursive yield from.
def flatten(t):
    for x in t:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]]])))


# Exceptions from inside the generator propagate, with the generator finished.
def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError("two")
        yield i


g = boom(5)
try:
    list(g)
except KeyError as e:
    print("KeyError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])
print(list(g))


def stopper():
    yield 1
    raise StopIteration("x")


try:
    print(list(stopper()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# try/finally and with inside, exception handled across a yield.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def guarded():
    try:
        with Ctx():
            yield 1
            yield 2
    finally:
        print("finally")
    try:
        raise ValueError("v")
    except ValueError as e:
        yield str(e)
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


print(list(guarded()))


# Re-entrancy: the body consumes itself.
def selfish():
    yield 1
    yield list(me)


me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


def running():
    yield me2.gi_running


me2 = running()
print(list(me2), me2.gi_running)

# Consumer raising on an item: join on a non-str.
log = []
try:
    "".join(counted(3, log))
except TypeError as e:
    print("TypeError", e, log)

# Nested consumers inside the generator body.
def nested():
    for i in range(3):
        yield sum(j for j in range(i + 1)), list(str(k) for k in range(i))


print(list(nested()))

# Recursion limit still applies.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(50)))
try:
    list(deep(100000))
except RecursionError as e:
    print("RecursionError")

# A generator made in one thread, consumed by another.
gen = (x * x for x in range(6))
out = []
t = threading.Thread(target=lambda: out.append(sum(gen)))
t.start()
t.join()
print(out, list(gen))

# close() after partial consumption, and closing a finished one.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
print(next(c))
c.close()
print(list(c))
d = closing()
print(list(d))
d.close()
print("ok")
