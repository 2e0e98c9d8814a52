import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught:", e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(200) % 1000000007)
sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(4000))


class Loop:
    def __eq__(self, other):
        return self == other


try:
    Loop() == 1
except RecursionError:
    print("eq recursion caught")


class R:
    def __repr__(self):
        return repr([self])


try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
nested = []
for _ in range(50000):
    nested = [nested]
try:
    str(nested)
except RecursionError:
    print("deep nesting caught")
print("still alive")
