"""heapq: a binary min-heap on a list (heap[k] <= heap[2k+1], heap[2k+2])."""


# The primitives are native (modules/heapq_native.rs), as CPython's come from _heapq.
from _heapq import heappush, heappop, heapreplace, heappushpop, heapify


def _identity(x):
    return x


def nsmallest(n, iterable, key=None):
    if key is None:
        key = _identity
    decorated = [(key(x), i, x) for i, x in enumerate(iterable)]
    decorated.sort()
    return [t[2] for t in decorated[:max(n, 0)]]


def nlargest(n, iterable, key=None):
    if key is None:
        key = _identity
    items = list(iterable)
    decorated = [(key(items[i]), -i, items[i]) for i in range(len(items))]
    decorated.sort(reverse=True)
    return [t[2] for t in decorated[:max(n, 0)]]


class _Reversed:
    # Inverts the order of a merge key, so the min-heap pops the largest first.
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs into one sorted stream. Equal keys come out in the
    order of their inputs, so the result is the one CPython's heap merge gives."""
    heap = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Reversed(k) if reverse else k, order, value, it])
            break
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]
