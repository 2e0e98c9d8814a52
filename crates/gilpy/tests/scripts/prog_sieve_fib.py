# sieve of Eratosthenes, memoised fibonacci (dict and closure), binary search

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(200)
print(len(primes), primes[:15], primes[-5:])
print("sum below 10000:", sum(sieve(10000)), "count:", len(sieve(10000)))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twins[:8])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gaps:", dict(sorted(gaps.items())))

memo = {0: 0, 1: 1}

def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([fib(i) for i in range(20)])
print("fib(90) =", fib(90), "fib(150) =", fib(150), "memo size:", len(memo))

def make_fib():
    cache = {}
    calls = [0]

    def f(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        value = n if n < 2 else f(n - 1) + f(n - 2)
        cache[n] = value
        return value

    def stats():
        return calls[0], len(cache)

    return f, stats

f, stats = make_fib()
print("closure fib(80) =", f(80), "stats:", stats())
print("again fib(85) =", f(85), "stats:", stats())

def naive_fib(n, counter):
    counter[0] += 1
    return n if n < 2 else naive_fib(n - 1, counter) + naive_fib(n - 2, counter)

counter = [0]
print("naive fib(18) =", naive_fib(18, counter), "calls:", counter[0])

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

for target in [2, 97, 199, 100, 1, 211, 113]:
    print("search", target, "->", binary_search(primes, target))

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

print([bisect_left(primes, x) for x in [0, 2, 3, 4, 100, 1000]])

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [360, 97, 1001, 2 ** 20, 600851475143, 9999991]:
    print(n, factorize(n))
