import itertools
def take(n, it):
    return list(itertools.islice(it, n))
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
def window(seq, size):
    it = iter(seq)
    win = tuple(itertools.islice(it, size))
    if len(win) == size:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(window(range(6), 3)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
def gen_with_return():
    yield 1
    return 99
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cg = closing_gen()
print(next(cg))
cg.close()
print(sum(x for x in range(100) if x % 7 == 0), list(zip(naturals(), "abc")))
genexp = (i * i for i in range(3))
print(type(genexp).__name__, next(genexp), list(genexp))
