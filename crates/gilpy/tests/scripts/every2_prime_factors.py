def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
    return [i for i, p in enumerate(is_prime) if p]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))

primes = sieve(100)
print(primes)
print(len(sieve(10000)))
for n in [12, 97, 360, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    print(f"{n} = {fmt(factorize(n))}")

def is_perfect(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
print([n for n in range(1, 10000) if is_perfect(n)])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
def goldbach(n):
    ps = set(sieve(n))
    return next((p, n - p) for p in sorted(ps) if n - p in ps)
print([goldbach(n) for n in range(4, 30, 6)])
