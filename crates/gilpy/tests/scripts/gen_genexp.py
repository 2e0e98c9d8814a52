# Generator expressions are lazy generator functions.

calls = []
def f(x):
    calls.append(x)
    return x * 10

ge = (f(x) for x in range(5))
print(type(ge).__name__)
print("calls before:", calls)
print(next(ge))
print("calls after one next:", calls)
print(list(ge))
print(list(ge))
print("calls:", calls)

r = repr(x for x in [])
print(r.split(" at 0x")[0], r.endswith(">"))
def outer():
    return (y for y in "ab")
print(repr(outer()).split(" at 0x")[0])

# any/all short-circuit
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 1, 7, 8]), seen)
seen.clear()
print(any(check(x) for x in []), all(check(x) for x in []))

# the first iterable is evaluated at once, the rest lazily
def source(name, n):
    print("source", name)
    return range(n)
g = (x + y for x in source("outer", 2) for y in source("inner", 2))
print("made")
print(list(g))

# errors in the first iterable surface at creation, later ones when consumed
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# closures over the enclosing scope see later changes (late binding)
n = 1
g = (x * n for x in range(3))
n = 100
print(list(g))

# sum/min/max/sorted/join/tuple with genexps, conditions and nesting
print(sum(x * x for x in range(10) if x % 2))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print(sorted((-x for x in range(4))))
print(tuple(c.upper() for c in "abc"))
print(",".join(str(i) for i in range(3)))
print(list((i, j) for i in range(3) for j in range(i)))
print(dict((str(i), i) for i in range(3)))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(list(x for x in (y * 2 for y in range(4)) if x > 2))

# in a class body, genexps see class-level names only through the first iterable
class C:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)
print(C.doubled)

# the genexp's variables do not leak
x = "outer x"
list(x for x in range(3))
print(x)

# a genexp drives another generator lazily
def numbers():
    for i in range(3):
        print("produce", i)
        yield i
for v in (n * 2 for n in numbers()):
    print("consume", v)

# send/close work on genexps too
g = (x for x in range(3))
print(next(g), g.send(None))
g.close()
print(list(g))

# map, filter, zip, enumerate, reversed stay lazy
log = []
def note(x):
    log.append(x)
    return x
m = map(note, [1, 2, 3])
print(log)
print(next(m), log)
fl = filter(lambda v: note(v) > 1, [1, 2, 3])
print(next(fl), log)
z = zip(map(note, "ab"), map(note, "xy"))
print(next(z), log)

# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
it = iter(lambda: next(vals), 0)
print(list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
