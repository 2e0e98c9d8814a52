# Exceptions raised and caught in loops: raised in a called function, a built-in
# KeyError from a dict lookup, and try/finally on the normal path.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


class Bad(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Bad(i)
    return i


def main():
    d = {"a": 1}
    total = 0
    for i in range(N):
        try:
            total += check(i)
        except Bad as e:
            total += 2
        try:
            total += d["b"]
        except KeyError:
            total += 1
        try:
            total += 1
        finally:
            total += 1
    return total


print(main())
