# Thread pool: count divisors of 1..3000 on an 8-worker ThreadPoolExecutor.
from concurrent.futures import ThreadPoolExecutor


def divisors(n):
    count = 0
    for d in range(1, n + 1):
        if n % d == 0:
            count += 1
    return count


with ThreadPoolExecutor(max_workers=8) as pool:
    futures = [pool.submit(divisors, n) for n in range(1, 3001)]
    print(sum(f.result() for f in futures))
