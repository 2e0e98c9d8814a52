# any()/all() over generators: stop at the right item, leave the rest unrun,
# and run __bool__ with the generator suspended.
log = []


def items(seq):
    for x in seq:
        log.append(x)
        got = yield x
        log.append(("sent", got))
    log.append("end")
    return "r"


print(any(items([0, 0.0, None, False, 3, 4])), log)
log.clear()
print(all(items([1, 2.5, True, 0, 5])), log)
log.clear()
print(any(items([0, False])), all(items([1, True])), any(items([])), all(items([])), log)
log.clear()
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(any(s for s in ["", "", "a"]), all(s for s in ["a", "", "b"]), any([] for _ in range(3)))

# The generator stays suspended after the hit: next() carries on from there.
g = items([0, 7, 8])
log.clear()
print(any(g), next(g), list(g), log)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v, gen.gi_running)
        return self.v


gen = (B(v) for v in [False, False, True, False])
print(any(gen), next(gen).v)


# yield from: the hit may be inside the delegate.
def inner():
    yield 0
    yield 5
    yield 6
    return 1


def outer():
    r = yield from inner()
    yield r
    yield 0


o = outer()
print(any(o), next(o), next(o), next(o, "done"))
o = outer()
print(all(o), list(o))
print(all(outer()) , any(x for x in [0, 0] if x))


# Exceptions from inside, and from __bool__.
def bad():
    yield 0
    raise ValueError("inside")


try:
    any(bad())
except ValueError as e:
    print("ValueError", e)


class Bad:
    def __bool__(self):
        raise TypeError("no truth")


g = (b for b in [0, Bad(), 1])
try:
    all(x for x in [1, Bad()])
except TypeError as e:
    print("TypeError", e)
try:
    any(g)
except TypeError as e:
    print("TypeError", e, next(g))


# Nested consumers inside the body of an any() generator.
def nested():
    for i in range(4):
        yield sum(j for j in range(i)) > 2 and list(k for k in range(i))


print(any(nested()), all(any(c == "x" for c in w) for w in ["ax", "xb", "cc"]))

# Re-entrancy.
def selfish():
    yield 0
    yield any(me)


me = selfish()
try:
    any(me)
except ValueError as e:
    print("ValueError", e)
print("ok")
