# sorted/list.sort call __lt__ in exactly CPython's order (timsort with galloping).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % n

log = []
class K:
    __slots__ = ("k", "tag")
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, o):
        log.append((self.tag, o.tag))
        return self.k < o.k

def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h

def check(name, keys, **kw):
    log.clear()
    items = [K(k, i) for i, k in enumerate(keys)]
    out = sorted(items, **kw)
    print(name, len(keys), len(log), digest(log), [x.tag for x in out[:8]],
          digest([(x.tag, 0) for x in out]))

N = 3000
check("random", [rnd(100000) for _ in range(N)])
check("dups", [rnd(5) for _ in range(N)])
check("sorted", list(range(N)))
check("reversed", list(range(N, 0, -1)))
check("sawtooth", [i % 97 for i in range(N)])
check("runs", [(i // 50) * 3 + rnd(3) if (i // 50) % 2 else 1000 - i for i in range(N)])
check("nearly", [i + (rnd(20) if i % 100 == 0 else 0) for i in range(N)])
check("two-halves", [i * 2 for i in range(N // 2)] + [i * 2 + 1 for i in range(N // 2)])
check("gallop", list(range(1000, 2000)) + list(range(0, 1000)) + list(range(2000, 2100)))
check("merge_hi", list(range(0, 4000, 2)) + list(range(1, 400, 2)))
check("small", [rnd(10) for _ in range(63)])
check("minrun+1", [rnd(1000) for _ in range(65)])
check("reverse", [rnd(50) for _ in range(500)], reverse=True)
for n in range(0, 12):
    check("tiny", [rnd(4) for _ in range(n)])

# list.sort, key functions and stability.
xs = [(rnd(10), i) for i in range(200)]
ys = xs[:]
ys.sort(key=lambda p: p[0])
print(ys == sorted(xs, key=lambda p: p[0]), [p[1] for p in ys[:12]])
ys.sort(key=lambda p: p[0], reverse=True)
print([p for p in ys[:6]])

# A __lt__ that is not a total order: same answers and same result as CPython.
class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return rnd(3) == 0
odd = sorted([Odd(i) for i in range(300)])
print([o.v for o in odd[:20]], seed)

# Exceptions from __lt__ stop the sort at the same comparison.
class Boom:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Boom.count += 1
        if Boom.count == 777:
            raise ValueError("boom at %d" % Boom.count)
        return self.v < o.v
try:
    sorted([Boom(rnd(1000)) for _ in range(500)])
except ValueError as e:
    print(e, Boom.count)

# Mixed types fail with CPython's message.
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
# Floats with NaN keep CPython's (inconsistent-order) result.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([5, 2.5, True, 3, -1.0]))
# min/max/sorted on dataclass-style tuples compare fields.
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __lt__(self, o):
        return (self.a, self.b) < (o.a, o.b)
ps = [P(rnd(5), rnd(5)) for _ in range(40)]
print([(p.a, p.b) for p in sorted(ps)][:10], (min(ps).a, min(ps).b), (max(ps).a, max(ps).b))
