# Recursive combinatorics with many small functions: permutations and combinations by
# recursion (lists, defaults, keyword arguments), a memoised partition count through a
# closure, and small helpers called with and without their defaults.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def permutations(items, prefix=None, out=None):
    if prefix is None:
        prefix = []
    if out is None:
        out = []
    if not items:
        out.append(tuple(prefix))
        return out
    for i in range(len(items)):
        prefix.append(items[i])
        permutations(items[:i] + items[i + 1:], prefix, out)
        prefix.pop()
    return out


def combinations(items, k, start=0, chosen=(), sink=None):
    if len(chosen) == k:
        sink(chosen)
        return
    for i in range(start, len(items)):
        combinations(items, k, start=i + 1, chosen=chosen + (items[i],), sink=sink)


def weight(p, base=31, mod=1_000_003):
    h = 0
    for x in p:
        h = (h * base + x) % mod
    return h


def inversions(p):
    count = 0
    for i in range(len(p)):
        for j in range(i + 1, len(p)):
            if p[i] > p[j]:
                count += 1
    return count


def make_partitions():
    memo = {}

    def parts(n, largest=None):
        if largest is None:
            largest = n
        if n == 0:
            return 1
        key = (n, largest)
        if key in memo:
            return memo[key]
        total = 0
        for k in range(min(n, largest), 0, -1):
            total += parts(n - k, k)
        memo[key] = total
        return total

    return parts


def main():
    items = list(range(N))
    perms = permutations(items)
    total = 0
    for p in perms:
        total += weight(p) + inversions(p)
        total += weight(p, base=7)
    picked = []

    def sink(c):
        picked.append(sum(c))

    for k in range(1, N + 4):
        combinations(list(range(N + 4)), k, sink=sink)
    parts = make_partitions()
    counts = [parts(n) for n in range(1, 10 * N)]
    return len(perms), total, len(picked), sum(picked), counts[-1]


print(main())
