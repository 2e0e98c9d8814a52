"""collections for gilpy.

gilpy cannot subclass `dict`/`tuple` yet, so `defaultdict`, `Counter` and
`OrderedDict` wrap a dict (they are not `isinstance(x, dict)`), and a
`namedtuple` class stores its fields as attributes (it is not a `tuple`
subclass, but indexes, unpacks, compares and hashes like one).
`deque` keeps its items in a dict keyed by position, so both ends are O(1).
"""

_MISSING = object()


def _kw_items(kwargs):
    return [(k, kwargs[k]) for k in kwargs]


class _DictWrapper:
    """The mapping protocol over `self._d`."""

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            other = other._d
        return self._d == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._d
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        f = self.default_factory
        fr = "None" if f is None else repr(f)
        return "defaultdict(%s, %r)" % (fr, self._d)


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = self._d
            self._d = {key: value}
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        return (key, self._d.pop(key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._d))

    def copy(self):
        return OrderedDict(self._d)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._d.items()),)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_second, reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        out = []
        for k in self._d:
            for _ in range(self._d[k]):
                out.append(k)
        return iter(out)

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictWrapper):
                iterable = iterable._d
            if isinstance(iterable, dict):
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + iterable[k]
            else:
                d = self._d
                for k in iterable:
                    d[k] = d.get(k, 0) + 1
        for k in kwds:
            self._d[k] = self._d.get(k, 0) + kwds[k]

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictWrapper):
                iterable = iterable._d
            if isinstance(iterable, dict):
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - iterable[k]
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k in kwds:
            self._d[k] = self._d.get(k, 0) - kwds[k]

    def copy(self):
        c = Counter()
        c._d = dict(self._d)
        return c

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for k in self._d:
            if self._d[k] != other[k]:
                return False
        for k in other._d:
            if other._d[k] != self[k]:
                return False
        return True

    def __repr__(self):
        if not self._d:
            return "Counter()"
        parts = ["%r: %r" % (k, v) for k, v in self.most_common()]
        return "Counter({" + ", ".join(parts) + "})"

    def _keep_positive(self):
        for k in [k for k in self._d if not self._d[k] > 0]:
            del self._d[k]
        return self

    def _merge(self, other, combine, other_only):
        # CPython's shape for Counter arithmetic: combine the counts of the keys
        # this counter has, take the keys only `other` has through `other_only`
        # (None: drop them), and keep the positive results.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in self._d:
            n = combine(self._d[k], other[k])
            if n > 0:
                result._d[k] = n
        if other_only is not None:
            for k in other._d:
                if k not in self._d:
                    n = other_only(other._d[k])
                    if n > 0:
                        result._d[k] = n
        return result

    def __add__(self, other):
        return self._merge(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        return self._merge(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        return self._merge(other, max, lambda b: b)

    def __and__(self, other):
        return self._merge(other, min, None)

    def __pos__(self):
        result = Counter()
        for k in self._d:
            if self._d[k] > 0:
                result._d[k] = self._d[k]
        return result

    def __neg__(self):
        result = Counter()
        for k in self._d:
            if self._d[k] < 0:
                result._d[k] = 0 - self._d[k]
        return result

    def __iadd__(self, other):
        for k in other._d:
            self._d[k] = self._d.get(k, 0) + other._d[k]
        return self._keep_positive()

    def __isub__(self, other):
        for k in other._d:
            self._d[k] = self._d.get(k, 0) - other._d[k]
        return self._keep_positive()


def _second(pair):
    return pair[1]


class _DequeIter:
    def __init__(self, dq, reverse):
        self._dq = dq
        self._state = dq._state
        self._i = 0
        self._n = len(dq)
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        if dq._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        if self._i >= self._n:
            raise StopIteration
        if self._reverse:
            x = dq._items[dq._right - 1 - self._i]
        else:
            x = dq._items[dq._left + self._i]
        self._i += 1
        return x


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self.maxlen = maxlen
        self._items = {}
        self._left = 0
        self._right = 0
        # Bumped on every size change; iterators check it.
        self._state = 0
        self.extend(iterable)

    def __len__(self):
        return self._right - self._left

    def __bool__(self):
        return self._right > self._left

    def append(self, x):
        self._items[self._right] = x
        self._right += 1
        self._state += 1
        if self.maxlen is not None and self._right - self._left > self.maxlen:
            self.popleft()

    def appendleft(self, x):
        self._left -= 1
        self._items[self._left] = x
        self._state += 1
        if self.maxlen is not None and self._right - self._left > self.maxlen:
            self.pop()

    def pop(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        self._right -= 1
        self._state += 1
        return self._items.pop(self._right)

    def popleft(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        x = self._items.pop(self._left)
        self._left += 1
        self._state += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = {}
        self._left = 0
        self._right = 0
        self._state += 1

    def rotate(self, n=1):
        size = self._right - self._left
        if size <= 1:
            return
        n = n % size
        for _ in range(n):
            self._left -= 1
            self._right -= 1
            self._items[self._left] = self._items.pop(self._right)
        self._state += 1

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        size = self._right - self._left
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._left + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        items = list(self)
        del items[self._index(i) - self._left]
        self._reload(items)

    def _reload(self, items):
        self._items = {}
        self._left = 0
        self._right = 0
        self._state += 1
        for x in items:
            self._items[self._right] = x
            self._right += 1

    def __iter__(self):
        return _DequeIter(self, False)

    def __reversed__(self):
        return _DequeIter(self, True)

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._reload(items)

    def remove(self, value):
        items = list(self)
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                self._reload(items)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        items = list(self)
        items.reverse()
        self._reload(items)

    def copy(self):
        return deque(self, self.maxlen)

    __copy__ = copy

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        return list(self) < list(other)

    def __le__(self, other):
        return list(self) <= list(other)

    def __gt__(self, other):
        return list(self) > list(other)

    def __ge__(self, other):
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = deque(self, self.maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(list(self) * n, self.maxlen)

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self.maxlen)


class _NamedTupleBase:
    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values < other

    def __le__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values <= other

    def __gt__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values > other

    def __ge__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values >= other

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._values
        return self._values + other

    def __contains__(self, x):
        return x in self._values

    def count(self, x):
        return self._values.count(x)

    def index(self, x):
        return self._values.index(x)

    def __repr__(self):
        parts = ["%s=%r" % (self._fields[i], self._values[i]) for i in range(len(self._fields))]
        return self._typename + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        return {self._fields[i]: self._values[i] for i in range(len(self._fields))}

    def _replace(self, **kwds):
        values = list(self._values)
        for k in kwds:
            if k not in self._fields:
                bad = [k for k in kwds if k not in self._fields]
                raise ValueError("Got unexpected field names: %r" % (bad,))
            values[self._fields.index(k)] = kwds[k]
        return self._build(values)



def _parse_fields(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(n) for n in field_names]
    seen = set()
    for i in range(len(names)):
        n = names[i]
        bad = not n.isidentifier() or n.startswith("_") or n in seen or _is_keyword(n)
        if rename and bad:
            names[i] = "_%d" % i
        seen.add(names[i])
    for n in [typename] + names:
        if not isinstance(n, str):
            raise TypeError("Type names and field names must be strings")
        if not n.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % n)
        if _is_keyword(n):
            raise ValueError("Type names and field names cannot be a keyword: %r" % n)
    seen = set()
    for n in names:
        if n.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % n)
        if n in seen:
            raise ValueError("Encountered duplicate field name: %r" % n)
        seen.add(n)
    return tuple(names)


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
])


def _is_keyword(n):
    return n in _KEYWORDS


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    fields = _parse_fields(typename, field_names, rename)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
    else:
        defaults = ()
    field_defaults = {}
    for i in range(len(defaults)):
        field_defaults[fields[nfields - len(defaults) + i]] = defaults[i]

    class _NT(_NamedTupleBase):
        def __init__(self, *args, **kwargs):
            if len(args) > nfields:
                raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                                % (typename, nfields + 1, len(args) + 1))
            values = list(args)
            missing = []
            for i in range(len(args), nfields):
                name = fields[i]
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
                    values.append(None)
            for k in kwargs:
                if k not in fields:
                    raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, k))
                if fields.index(k) < len(args):
                    raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, k))
            if missing:
                quoted = ["'%s'" % m for m in missing]
                if len(quoted) == 1:
                    text = quoted[0]
                elif len(quoted) == 2:
                    text = quoted[0] + " and " + quoted[1]
                else:
                    text = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (typename, len(missing), "" if len(missing) == 1 else "s", text))
            _set_values(self, values)

    def _make(iterable):
        values = list(iterable)
        if len(values) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(values)))
        return _NT(*values)

    _NT.__name__ = typename
    _NT.__qualname__ = typename
    _NT._fields = fields
    _NT._field_defaults = field_defaults
    _NT._typename = typename
    _NT._make = _make
    _NT._build = _build_method
    if module is not None:
        _NT.__module__ = module
    return _NT


def _build_method(self, values):
    return type(self)(*values)


def _set_values(obj, values):
    # Fields are plain attributes (no descriptors yet), so assigning one is not
    # refused as CPython refuses it.
    obj._values = tuple(values)
    for i in range(len(obj._fields)):
        setattr(obj, obj._fields[i], values[i])
