"""collections for gilpy.

`defaultdict`, `Counter` and `OrderedDict` are `dict` subclasses and a
`namedtuple` class is a `tuple` subclass, as in CPython.
`deque` keeps its items in a dict keyed by position, so both ends are O(1).
"""

import sys as _sys
from reprlib import recursive_repr as _recursive_repr

# `deque[int]`, `OrderedDict[str, int]`, ... are `types.GenericAlias`es as in CPython.
_GenericAlias = type(list[int])


def _second(pair):
    return pair[1]


class defaultdict(dict):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


class _OdictView:
    """Live view of an OrderedDict, printed as CPython's `odict_keys([...])`."""

    __slots__ = ("_od",)

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


class _OdictSetView(_OdictView):
    __slots__ = ()

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, _OdictSetView)) or type(other).__name__ in (
                "dict_keys", "dict_items"):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def __rand__(self, other):
        return set(other) & set(self)

    def __ror__(self, other):
        return set(other) | set(self)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __rxor__(self, other):
        return set(other) ^ set(self)

    def isdisjoint(self, other):
        return not (set(self) & set(other))


class odict_keys(_OdictSetView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._od))

    def __reversed__(self):
        return reversed(list(dict.keys(self._od)))

    def __contains__(self, key):
        return dict.__contains__(self._od, key)


class odict_values(_OdictView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._od))

    def __reversed__(self):
        return reversed(list(dict.values(self._od)))

    def __contains__(self, value):
        for v in dict.values(self._od):
            if v is value or v == value:
                return True
        return False


class odict_items(_OdictSetView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._od))

    def __reversed__(self):
        return reversed(list(dict.items(self._od)))

    def __contains__(self, item):
        key, value = item
        if not dict.__contains__(self._od, key):
            return False
        v = dict.__getitem__(self._od, key)
        return v is value or v == value


class OrderedDict(dict):
    # gilpy's dict keeps insertion order, so only the operations that reorder
    # (move_to_end, popitem(last=False)) and order-sensitive equality differ.
    def __init__(self, other=(), /, **kwargs):
        dict.__init__(self)
        self.update(other, **kwargs)

    def __iter__(self):
        # CPython's OrderedDict names itself when changed while iterated.
        it = dict.__iter__(self)
        while True:
            mutated = False
            try:
                k = next(it)
            except StopIteration:
                return
            except RuntimeError:
                mutated = True
            if mutated:
                # Raised outside the handler: no chained context, as CPython's.
                raise RuntimeError("OrderedDict mutated during iteration")
            yield k

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    __class_getitem__ = classmethod(_GenericAlias)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, "keys") and hasattr(obj, "__getitem__"))


class Counter(dict):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # A missing element counts zero and is not inserted.
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts keep insertion order (as
        # CPython's sorted/heapq.nlargest do).
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) + iterable[elem]
            elif type(self) is Counter and not self:
                # Counting into a plain dict skips the subclass's item dispatch
                # (like CPython's C _count_elements); same order, same counts.
                counts = {}
                cget = counts.get
                for elem in iterable:
                    counts[elem] = cget(elem, 0) + 1
                dict.update(self, counts)
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (type(self).__name__, d)

    # Against a plain dict CPython falls back to the dict's reflected `==`;
    # gilpy does not reflect onto a built-in, so compare as dicts here.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict.__eq__(self, other)
            return NotImplemented
        return self._all_pairs(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict.__ne__(self, other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return other._all_pairs(self, _le)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _all_pairs(self, other, test):
        for c in (self, other):
            for e in c:
                if not test(self[e], other[e]):
                    return False
        return True

    def _keep_positive(self):
        for elem in [e for e, n in self.items() if not n > 0]:
            dict.__delitem__(self, elem)
        return self

    def _merge(self, other, combine, other_only):
        # CPython's shape for Counter arithmetic: combine the counts of the keys
        # this counter has, take the keys only `other` has through `other_only`
        # (None: drop them), and keep the positive results.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = combine(count, other[elem])
            if n > 0:
                result[elem] = n
        if other_only is not None:
            for elem, count in other.items():
                if elem not in self:
                    n = other_only(count)
                    if n > 0:
                        result[elem] = n
        return result

    def __add__(self, other):
        return self._merge(other, _add, _ident)

    def __sub__(self, other):
        return self._merge(other, _sub, _neg)

    def __or__(self, other):
        return self._merge(other, _max, _ident)

    def __and__(self, other):
        return self._merge(other, _min, None)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _neg(b):
    return 0 - b


def _ident(b):
    return b


def _max(a, b):
    return b if a < b else a


def _min(a, b):
    return a if a < b else b


# deque is native (modules/deque.rs), as CPython's is written in C.
from _collections import deque

deque.__class_getitem__ = classmethod(_GenericAlias)


def _deque_deepcopy(self, memo):
    # What copy.deepcopy makes of CPython's deque.__reduce__: the class called with
    # ((), maxlen), registered in memo before its items are copied (cycles).
    import copy

    new = type(self)() if self.maxlen is None else type(self)((), self.maxlen)
    memo[id(self)] = new
    new.extend([copy.deepcopy(x, memo) for x in self])
    return new


deque.__deepcopy__ = _deque_deepcopy


class _tuplegetter:
    """The accessor of one namedtuple field (CPython's _tuplegetter)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return "_tuplegetter(%d, %r)" % (self._index, self.__doc__)


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
])


def _check_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(n) for n in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i in range(len(names)):
            n = names[i]
            if not n.isidentifier() or n in _KEYWORDS or n.startswith("_") or n in seen:
                names[i] = "_%d" % i
            seen.add(n)
    for n in [typename] + names:
        if not n.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (n,))
        if n in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (n,))
    seen = set()
    for n in names:
        if n.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (n,))
        if n in seen:
            raise ValueError("Encountered duplicate field name: %r" % (n,))
        seen.add(n)
    return typename, tuple(names)


def _and_list(quoted):
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(typename, fields, field_defaults, args, kwargs):
    """Binds `__new__`'s arguments to the fields, with CPython's messages."""
    nfields = len(fields)
    if len(args) > nfields:
        raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                        % (typename, nfields + 1, len(args) + 1))
    for k in kwargs:
        if k not in fields:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, k))
        if fields.index(k) < len(args):
            raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, k))
    values = list(args)
    missing = []
    for i in range(len(args), nfields):
        name = fields[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif name in field_defaults:
            values.append(field_defaults[name])
        else:
            missing.append("'%s'" % name)
    if missing:
        raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                        % (typename, len(missing), "" if len(missing) == 1 else "s",
                           _and_list(missing)))
    return tuple(values)


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def _namedtuple_namespace(typename, fields, field_defaults):
    nfields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, _bind_fields(typename, fields, field_defaults, args, kwargs))

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = []
        for i in range(nfields):
            values.append(kwds.pop(fields[i], self[i]))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        parts = ["%s=%r" % (fields[i], self[i]) for i in range(nfields)]
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for i in range(nfields):
        ns[fields[i]] = _tuplegetter(i, "Alias for field number %d" % i)
    return ns


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    typename, fields = _check_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        first = len(fields) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[fields[first + i]] = defaults[i]
    cls = type(typename, (tuple,), _namedtuple_namespace(typename, fields, field_defaults))
    if module is None:
        module = _caller_module()
    cls.__module__ = module
    return cls


class _MapView:
    """KeysView/ItemsView/ValuesView over a mapping that is not a dict."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(_MapView):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(_MapView):
    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        v = self._mapping[key]
        return v is value or v == value


class ValuesView(_MapView):
    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


class ChainMap:
    """Several mappings searched in order; writes go to the first one."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)


class UserDict:
    """A dict wrapper meant for subclassing: every read and write goes through the
    methods, so overriding `__setitem__` changes `update` and the constructor too."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not _is_mapping(other):
            return NotImplemented
        return self.data == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self.data.keys()

    def values(self):
        return [self[k] for k in self.data]

    def items(self):
        return [(k, self[k]) for k in self.data]

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self.data:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def clear(self):
        for key in list(self.data):
            del self[key]

    def update(self, other=(), /, **kwargs):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list wrapper meant for subclassing (the list is `self.data`)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str wrapper meant for subclassing (the text is `self.data`)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __getattr__(self, name):
        # The str methods: results that are strings come back wrapped.
        if name.startswith("__"):
            raise AttributeError(name)
        method = getattr(self.data, name)

        def call(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(*args, **kwargs)
            if isinstance(result, str):
                return self.__class__(result)
            return result

        return call
