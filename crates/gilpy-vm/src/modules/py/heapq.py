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


def merge(*iterables, key=None, reverse=False):
    """Returns an iterator over the merged input (which is read eagerly)."""
    out = []
    for it in iterables:
        out.extend(it)
    if key is None:
        out.sort(reverse=reverse)
    else:
        out.sort(key=key, reverse=reverse)
    return iter(out)
