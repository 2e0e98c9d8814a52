import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import operator
from operator import itemgetter, attrgetter, methodcaller

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [5], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(3, mod=5), partial(power, 2)(10))
p2 = partial(partial(power, 3), exp=2)
print(p2(), p2.args, p2.keywords, p2.func is power)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(n):
    return n * n


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_info()[1])


@lru_cache
def ident(x):
    return x


ident(1)
ident(1)
print(ident.cache_info(), ident.__name__)


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())


class Calc:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def times(self, n):
        return self.k * n


c = Calc(3)
print(c.times(4), c.times(4), Calc.times.cache_info())


def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        return ("logged", f(*args, **kwargs))
    return wrapper


@logged
def greet(name):
    return "hi " + name


print(greet("bob"), greet.__name__, greet.__wrapped__("x"))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(2) > Rev(1), Rev(1) <= Rev(1), Rev(3) >= Rev(4))


def compare(x, y):
    return (x > y) - (x < y)


print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda s, t: len(t) - len(s))))

rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter(slice(1, None))([1, 2, 3]))


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.me = self


pts = [Pt(2, 1), Pt(1, 2)]
print([p.x for p in sorted(pts, key=attrgetter("x"))], attrgetter("x", "y")(pts[0]), attrgetter("me.me.y")(pts[0]))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"), methodcaller("replace", "a", "b")("aa"))
print(itemgetter(1), attrgetter("x"), methodcaller("f", 1, k=2))
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.not_(0), operator.truth([]), operator.abs(-4))
print(operator.eq(1, 1), operator.lt(1, 2), operator.ge(1, 2), operator.contains([1], 1), operator.getitem("ab", 1))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(5), operator.is_(None, None))
lst = [1, 2]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.concat("a", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
