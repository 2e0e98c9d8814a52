"""weakref: weak references over gilpy's collector (native part: _weakref).

ref(obj)() gives obj while it is alive and None once it was collected; dropping
the last strong reference collects at the next instruction, as CPython's
reference counting does (objects in reference cycles live until a collection).
Callbacks run at that point, in the thread that collected.

Differences from CPython: proxy() objects are instances of a Python class
(attribute access, calls, str/len/iter/item access and comparisons are
forwarded; isinstance checks see the proxy class); WeakMethod is not a ref
subclass; the containers' keys()/values()/items() generators iterate a snapshot.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
import atexit as _atexit

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _dead():
    return ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """What proxy(obj) returns: forwards to obj while it is alive."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_proxy_ref", ref(obj, callback))

    def _proxy_target(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        if obj is None:
            raise _dead()
        return obj

    def __getattr__(self, name):
        return getattr(self._proxy_target(), name)

    def __setattr__(self, name, value):
        setattr(self._proxy_target(), name, value)

    def __delattr__(self, name):
        delattr(self._proxy_target(), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        if obj is None:
            return "<weakproxy at 0x%x; dead>" % id(self)
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(self._proxy_target())

    def __call__(self, *args, **kwargs):
        return self._proxy_target()(*args, **kwargs)

    def __len__(self):
        return len(self._proxy_target())

    def __iter__(self):
        return iter(self._proxy_target())

    def __getitem__(self, key):
        return self._proxy_target()[key]

    def __setitem__(self, key, value):
        self._proxy_target()[key] = value

    def __delitem__(self, key):
        del self._proxy_target()[key]

    def __contains__(self, item):
        return item in self._proxy_target()

    def __bool__(self):
        return bool(self._proxy_target())

    def __eq__(self, other):
        return self._proxy_target() == other

    def __ne__(self, other):
        return self._proxy_target() != other

    def __lt__(self, other):
        return self._proxy_target() < other

    def __le__(self, other):
        return self._proxy_target() <= other

    def __gt__(self, other):
        return self._proxy_target() > other

    def __ge__(self, other):
        return self._proxy_target() >= other

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: alive while its object and function are."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self._obj_ref = ref(obj)
        self._func_ref = ref(func)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # Rebind through the class (gilpy functions have no __get__ yet).
        meth = getattr(obj, func.__name__, None)
        if meth is not None and getattr(meth, "__func__", None) is func:
            return meth
        return lambda *args, **kwargs: func(obj, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return len(self._items())

    def __iter__(self):
        return iter([k for k, v in self._items()])

    def __repr__(self):
        return "<%s at 0x%x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def _items(self):
        out = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                out.append((k, v))
        return out

    def items(self):
        for kv in self._items():
            yield kv

    def keys(self):
        for k, v in self._items():
            yield k

    def values(self):
        for k, v in self._items():
            yield v

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = type(self)()
        for key, value in self._items():
            new[key] = value
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(k):
            try:
                del data[k]
            except KeyError:
                pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self._items())

    def __iter__(self):
        return iter([k for k, v in self._items()])

    def __repr__(self):
        return "<%s at 0x%x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _items(self):
        out = []
        for wr, value in list(self.data.items()):
            k = wr()
            if k is not None:
                out.append((k, value))
        return out

    def items(self):
        for kv in self._items():
            yield kv

    def keys(self):
        for k, v in self._items():
            yield k

    def values(self):
        for k, v in self._items():
            yield v

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self._items():
            new[key] = value
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        members = self.data

        def remove(item):
            members.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def _live(self):
        out = []
        for wr in list(self.data):
            item = wr()
            if item is not None:
                out.append(item)
        return out

    def __iter__(self):
        return iter(self._live())

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self._live())

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        return WeakSet(x for x in self._live() if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(x for x in self._live() if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self._live())

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj
    is collected, when the finalize object is called, or at exit (atexit=True)."""

    _registry = {}
    _counter = [0]
    _exit_hooked = [False]

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._exit_hooked[0]:
            _atexit.register(finalize._exitfunc)
            finalize._exit_hooked[0] = True
        info = _Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at 0x%x; dead>" % (type(self).__name__, id(self))
        return "<%s object at 0x%x; for %r at 0x%x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _exitfunc():
        pending = [(info.index, f) for f, info in finalize._registry.items()
                   if info.atexit]
        pending.sort(reverse=True)
        for _, f in pending:
            try:
                f()
            except Exception:
                import traceback
                traceback.print_exc()


class _Info:
    pass
