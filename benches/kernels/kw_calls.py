# Keyword-argument calls: f(a, b=1, c=2), defaults, keyword-only parameters, and
# *args/**kwargs forwarding (pyperformance's call_kw-style workload).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000


def f(a, b=1, c=2):
    return a + b * c


def g(a, *, scale=3, shift=0):
    return a * scale + shift


def inner(a, b, c=0, d=0):
    return a - b + c - d


def forward(*args, **kwargs):
    return inner(*args, **kwargs)


def main():
    total = 0
    for i in range(N):
        total += f(i, b=2, c=3)
        total += f(i, c=i & 7)
        total += f(i)
        total += g(i, scale=2)
        total += g(i, shift=i, scale=1)
        if i % 4 == 0:
            total += forward(i, 1, d=2)
    return total


print(main())
