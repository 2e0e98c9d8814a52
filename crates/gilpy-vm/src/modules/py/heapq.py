"""heapq: a binary min-heap on a list (heap[k] <= heap[2k+1], heap[2k+2])."""


def _sift_down(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Bubble the smaller child up from pos to a leaf, then place the item (CPython's
    # "bottom-up" variant: fewer comparisons on average).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up(x, i)


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
