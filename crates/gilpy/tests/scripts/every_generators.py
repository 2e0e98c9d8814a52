def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(list(islice(fib(), 10)))
def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
print(list(read_chunks("abcdefgh", 3)))
def pipeline():
    nums = (x for x in range(20))
    evens = (x for x in nums if x % 2 == 0)
    sq = (x * x for x in evens)
    return list(sq)
print(pipeline())
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
g = echo()
print(next(g), g.send(1), g.send("two"))
def sub():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "exhausted"))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
def flatten(lst):
    for x in lst:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
