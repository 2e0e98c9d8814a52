# Heaps whose items sometimes need Python comparisons (a user __lt__ or __eq__ inside
# tuples) and sometimes not: every pop must still come out in order.
import heapq
import random

class Key:
    """Orders like an int, but only through Python methods."""
    def __init__(self, k):
        self.k = k
    def _v(self, other):
        return other.k if isinstance(other, Key) else other
    def __lt__(self, other):
        return self.k < self._v(other)
    def __gt__(self, other):
        return self.k > self._v(other)
    def __eq__(self, other):
        return self.k == self._v(other)
    def __repr__(self):
        return "Key(%d)" % self.k


rng = random.Random(5)
for trial in range(4):
    h = []
    for i in range(300):
        p = rng.randrange(40)
        item = (p, Key(rng.randrange(5))) if rng.random() < 0.3 else (p, i % 7)
        try:
            heapq.heappush(h, item)
        except TypeError as e:
            # (p, Key) vs (p, int) at the same priority cannot be ordered
            pass
    popped = []
    while h:
        popped.append(heapq.heappop(h))
    out = [p for p, _ in popped]
    # The same algorithm as CPython's: equal priorities come out in the same order.
    print(trial, len(out), out == sorted(out), popped[:8])
floats = [rng.random() for _ in range(200)]
heapq.heapify(floats)
print([round(heapq.heappop(floats), 6) for _ in range(5)])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print([heapq.heappop(words) for _ in range(len(words))])
