# str()/int()/len()/abs()/min()-style builtin calls in a loop.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def main():
    total = 0
    items = [1, 2, 3]
    for i in range(N):
        s = str(i)
        total += len(s)
        total += int(s)
        total += abs(-i)
        total += min(i, 7)
        total += max(i & 3, 2)
        total += len(items)
        if isinstance(s, str):
            total += 1
    return total


print(main())
