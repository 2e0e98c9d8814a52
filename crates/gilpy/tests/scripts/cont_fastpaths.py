# Paths made faster in the containers session: tuple/list ordering, sorting pairs,
# integer formatting (format specs and %), exception construction.

# Ordering of tuples and lists, element by element.
print((1, 2) < (1, 3), (1, 2) < (1, 2), (1, 2) <= (1, 2), (2,) > (1, 9), (1, 2) < (1, 2, 0))
print([1, "a"] < [1, "b"], [] < [0], (1.5, 2) < (1.5, 1), (True, 1) < (1, 2))
print((1, (2, 3)) < (1, (2, 4)), ("b", 1) > ("a", 9), (-5, 0) < (-4, 0))
print(max([(3, "x"), (3, "y"), (1, "z")]), min([(2, 1), (2, 0), (5, -1)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)


class Weird:
    def __init__(self, v, log):
        self.v, self.log = v, log

    def __eq__(self, other):
        self.log.append("eq")
        return self.v == other.v

    def __lt__(self, other):
        self.log.append("lt")
        return self.v < other.v

    def __gt__(self, other):
        self.log.append("gt")
        return self.v > other.v


log = []
print((1, Weird(1, log)) < (1, Weird(2, log)), log)
log = []
print(sorted([(2, Weird(3, log)), (2, Weird(1, log)), (1, Weird(9, log))])[0][0], len(log) > 0)

# A list that shrinks while it is compared.
class Shrinker:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return True


a = []
a.extend([Shrinker(a), 5])
print(a < [0, 1], a)

# Sorting pairs and records.
pairs = [(x * 7 % 11, x) for x in range(12)]
pairs.sort()
print(pairs)
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 1)], reverse=True))
print(sorted([(1, 2.5), (1, 2), (0, 9)]), sorted([[2, 1], [1, 5], [2, 0]]))
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError", e)

# Integer format specs.
for n in (0, 7, -7, 255, -255, 123456789, -(2 ** 40), 2 ** 70):
    print(f"{n:5d}|{n:<6}|{n:^9}|{n:+d}|{n: d}|{n:x}|{n:#X}|{n:#o}|{n:#b}|{n:08d}|{n:,}|{n:_x}|{n:=+12,}")
print(format(42, "*>8"), format(-42, "0=8"), format(42, "n"), format(True, "5d"), format(65, "c"))
for bad in ("5.2d", "z5d", "q"):
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError", e)

# Percent formatting of ints.
for n in (0, 9, -9, 1000, -123456, 2 ** 65):
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%#X|%#o|%.3d|%i|%u|%e" % (n, n, n, n, n, n, n, n, n, n, n, n, n))
print("%*d|%-*d|%.*d" % (6, 42, 6, 42, 4, 42), "%d %d" % (True, 3.9), "%x" % 255)
try:
    "%x" % 2.5
except TypeError as e:
    print("TypeError", e)

# Exception construction: args, subclasses with their own __init__/__new__.
class Bad(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.extra = b


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


e = Bad(1, "two")
print(e.args, str(e), repr(e), Bad().args, repr(Bad("x")))
w = WithInit(1, b=5)
print(w.args, w.extra, str(w))
print(WithNew("given").args)
total = 0
for i in range(1000):
    try:
        raise Bad(i)
    except Bad as err:
        total += err.args[0]
print(total, OSError(2, "missing").__class__.__name__, KeyError("k").args)

# isinstance with a class, a flat tuple, a nested tuple, and a bad second argument.
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), isinstance([], (int, (dict, list))))
print(isinstance(Bad(), (ValueError, Exception)), isinstance(3, ()), isinstance(None, type(None)))
for bad in ((int, 5), 5, "str"):
    try:
        isinstance(1, bad)
    except TypeError as err:
        print("TypeError", err)

# Iterating a string: ASCII and not.
print([c for c in "ab\u00e9\u4e2dz!"], "".join(reversed([c for c in "h\u00e9llo"])), sum(1 for _ in "x" * 1000))
it = iter("ok")
print(next(it), next(it), next(it, "end"))
