def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
m = []
hanoi(4, "A", "C", "B", m)
print(len(m), m[:4])
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def binsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid)
print(binsearch(list(range(0, 100, 3)), 42), binsearch([1, 2], 5))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
def qsort(a):
    if len(a) < 2:
        return a
    p, *rest = a
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
print(qsort([3, 6, 1, 8, 2, 9, 2]))
