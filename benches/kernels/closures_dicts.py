# Closures over dicts: nested functions reading and updating a dict held in an
# enclosing scope (a counter factory, memoisation, a callback registry).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000


def make_counter():
    counts = {}

    def add(key, n=1):
        counts[key] = counts.get(key, 0) + n
        return counts[key]

    def get(key):
        return counts.get(key, 0)

    return add, get


def make_memo():
    cache = {}

    def square(x):
        if x in cache:
            return cache[x]
        r = x * x
        cache[x] = r
        return r

    return square


def main():
    add, get = make_counter()
    square = make_memo()
    total = 0
    for i in range(N):
        k = i % 97
        total += add(k)
        total += square(k)
        if i % 3 == 0:
            total += get(k + 1)
    return total, len(str(total))


print(main())
