"""itertools for gilpy: every tool is an iterator class; product, combinations,
combinations_with_replacement and permutations are written in Rust.

Differences from CPython: `groupby` collects each group into a list when the group is
reached (a group is still usable after the outer iterator moves on), and
`chain.from_iterable` is a plain function stored on the class.
"""

_MISSING = object()


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            x = next(self._it, _MISSING)
            if x is not _MISSING:
                self._saved.append(x)
                return x
            if not self._saved:
                raise StopIteration
            self._i = 0
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __len__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %r)" % (self._obj, self._times)


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                src = next(self._sources, _MISSING)
                if src is _MISSING:
                    raise StopIteration
                self._cur = iter(src)
            x = next(self._cur, _MISSING)
            if x is not _MISSING:
                return x
            self._cur = None


def _chain_from_iterable(iterables):
    c = chain()
    c._sources = iter(iterables)
    return c


chain.from_iterable = _chain_from_iterable


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) == 2:
            start, stop, step = args[0], args[1], None
        elif len(args) == 3:
            start, stop, step = args
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if start is None:
            start = 0
        if step is None:
            step = 1
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(start, int) or start < 0 or not isinstance(step, int) or step < 0:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < self._stop:
                if next(self._it, _MISSING) is _MISSING:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            if next(self._it, _MISSING) is _MISSING:
                self._it = None
                raise StopIteration
            self._pos += 1
        x = next(self._it, _MISSING)
        if x is _MISSING:
            self._it = None
            raise StopIteration
        self._pos += 1
        self._next += self._step
        return x


# Written in Rust (builtins/combinatoric.rs): a Python frame per item cost 30x CPython.
from _gilpy_stdlib import product, combinations, combinations_with_replacement, permutations


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._pending = next(self._it, _MISSING)

    def __iter__(self):
        return self

    def _keyof(self, x):
        if self._key is None:
            return x
        return self._key(x)

    def __next__(self):
        if self._pending is _MISSING:
            raise StopIteration
        first = self._pending
        k = self._keyof(first)
        group = [first]
        while True:
            x = next(self._it, _MISSING)
            if x is _MISSING:
                self._pending = _MISSING
                break
            if self._keyof(x) == k:
                group.append(x)
            else:
                self._pending = x
                break
        return (k, iter(group))


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                out.append(self._fill)
                continue
            x = next(it, _MISSING)
            if x is _MISSING:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                self._its[i] = None
                out.append(self._fill)
            else:
                out.append(x)
        return tuple(out)


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._dropping:
                return x
            if not self._pred(x):
                self._dropping = False
                return x


class starmap:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._f(*next(self._it))


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._data)
            s = next(self._sel)
            if s:
                return x


class filterfalse:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._pred is None:
                if not x:
                    return x
            elif not self._pred(x):
                return x


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = next(self._it, _MISSING)

    def __iter__(self):
        return self

    def __next__(self):
        if self._prev is _MISSING:
            raise StopIteration
        x = next(self._it, _MISSING)
        if x is _MISSING:
            self._prev = _MISSING
            raise StopIteration
        pair = (self._prev, x)
        self._prev = x
        return pair


class _TeeData:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
        self.base = 0


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i < len(d.buf):
            x = d.buf[i]
        else:
            x = next(d.it)
            d.buf.append(x)
        self._pos += 1
        return x

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    data = _TeeData(iterable)
    return tuple([_tee(data, 0) for _ in range(n)])
