# A decorator-heavy pipeline: wrappers made by closures forward *args/**kwargs to the
# function they wrap (counting, validation, memoisation by key), stacked two and three
# deep, called with positional and keyword arguments.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000

calls = {}


def counted(fn):
    name = fn.__name__

    def wrapper(*args, **kwargs):
        calls[name] = calls.get(name, 0) + 1
        return fn(*args, **kwargs)

    wrapper.__name__ = name
    return wrapper


def clamp(lo, hi):
    def deco(fn):
        def wrapper(*args, **kwargs):
            r = fn(*args, **kwargs)
            if r < lo:
                return lo
            if r > hi:
                return hi
            return r

        wrapper.__name__ = fn.__name__
        return wrapper

    return deco


def memo(fn):
    cache = {}

    def wrapper(x, scale=1):
        key = (x, scale)
        if key not in cache:
            cache[key] = fn(x, scale=scale)
        return cache[key]

    wrapper.__name__ = fn.__name__
    return wrapper


@counted
@clamp(-1000, 1000)
def score(a, b, weight=2, bias=0):
    return a * weight - b + bias


@counted
def combine(*parts, sep=0):
    return sum(parts) + sep


@counted
@memo
def cube(x, scale=1):
    return x * x * x * scale


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


def main():
    total = 0
    for i in range(N):
        k = i % 50
        total += score(k, 3)
        total += score(k, b=i & 15, weight=3)
        total += combine(k, 1, 2, sep=i & 1)
        total += cube(k % 20)
        total += apply(score, k, 1, bias=-5)
        total += cube(k % 7, scale=2)
    return total, sorted(calls.items())


print(main())
