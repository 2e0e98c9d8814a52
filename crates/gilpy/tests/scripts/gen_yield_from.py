# yield from: values, send/throw/close pass-through, the return value.
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("outer done")

# throw passes through to the delegate
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

# an exception the delegate does not handle comes back out of the outer generator
def outer2():
    try:
        yield from inner()
    except ValueError as e:
        print("outer2 caught", e)
        yield "outer2 recovered"
g = outer2()
next(g)
print(g.throw(ValueError("v")))

# close passes through: the delegate's finally runs first
def outer3():
    try:
        yield from inner()
    finally:
        print("outer3 finally")
g = outer3()
next(g)
g.close()
print("closed")

# yield from any iterable
def flat():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from []
    print("empty yield from gives", r)
print(list(flat()))

# yield from an iterator class (send passes through to its send method)
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        return ("echo", v)

def wrap():
    r = yield from Echo()
    yield ("returned", r)
g = wrap()
print(next(g))
print(g.send("x"))
print(list(g))

# deep delegation chains
def chain(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from chain(n - 1)
    return r + 1
def top():
    r = yield from chain(50)
    yield r
print(list(top()))

# the return value of a generator used with yield from inside a loop
def averager():
    total = 0
    count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()
        break

results = {}
g = grouper(results, "a")
next(g)
for v in [10, 20, 30]:
    g.send(v)
try:
    g.send(None)
except StopIteration:
    pass
print(results)

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
