def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

@memo
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

counters = [make_counter(i, i % 3 + 1) for i in range(100)]
for k in range(3000):
    inc, get = counters[k % 100]
    inc()
print(sum(get() for _, get in counters))
f = compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3)
print(sum(f(i) for i in range(100000)))
print(max(range(1, 60000), key=collatz_len))
