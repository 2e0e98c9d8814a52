"""functools for gilpy (its own subset).

`cached_property` and `singledispatchmethod` are descriptors. `lru_cache`/`cache` return a plain function with `cache_info`/`cache_clear`
attributes, so decorated methods still bind `self`. `partial` is a class.
"""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _MISSING)
        if value is not _MISSING:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        source = getattr(wrapped, attr, {})
        if attr == "__dict__" and type(wrapper) is _FunctionType:
            # A function's __dict__ here is a snapshot, so store the attributes one by one.
            for key, value in source.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, attr).update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def _function_type_probe():
    pass


_FunctionType = type(_function_type_probe)


class _Wraps:
    def __init__(self, wrapped, assigned, updated):
        self._wrapped = wrapped
        self._assigned = assigned
        self._updated = updated

    def __call__(self, wrapper):
        return update_wrapper(wrapper, self._wrapped, self._assigned, self._updated)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return _Wraps(wrapped, assigned, updated)


def reduce(function, sequence, *initial):
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got %d" % (len(initial) + 2))
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k in self.keywords:
            parts.append("%s=%r" % (k, self.keywords[k]))
        return "functools.partial(" + ", ".join(parts) + ")"

    # pickle/copy: CPython's reduced form, so partials travel between the two.
    def __reduce__(self):
        extra = {}
        for k, v in self.__dict__.items():
            if k not in ("func", "args", "keywords"):
                extra[k] = v
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("argument to __setstate__ must be a tuple")
        func, args, keywords, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords) if keywords else {}
        if namespace:
            for k, v in namespace.items():
                setattr(self, k, v)


class partialmethod:
    """A partial() that works as a method: the instance (or class) is bound first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            keywords = {**func.keywords, **keywords}
            args = func.args + args
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func), ", ".join(map(repr, self.args)),
                 ", ".join("%s=%r" % (k, v) for k, v in self.keywords.items())]
        return "functools.partialmethod(" + ", ".join(parts) + ")"

    def _unbound(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(type(self.func), "__get__", None)
        if get is not None and not isinstance(self.func, _FunctionType):
            bound = get(self.func, obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                self_ = getattr(bound, "__self__", _MISSING)
                if self_ is not _MISSING:
                    result.__self__ = self_
                return result
        method = self._unbound()
        return method if obj is None else method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class _CacheInfo:
    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self._tuple()


class _KwMark:
    def __repr__(self):
        return "<kwd_mark>"


_KWD_MARK = (_KwMark(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + _KWD_MARK
        for k in kwds:
            key = key + (k, kwds[k])
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(kwds[k]) for k in kwds])
    return key


class _CacheState:
    def __init__(self, maxsize):
        self.maxsize = maxsize
        self.data = {}
        self.hits = 0
        self.misses = 0


def _lru_wrapper(user_function, maxsize, typed):
    state = _CacheState(maxsize)

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        data = state.data
        if key in data:
            state.hits += 1
            result = data[key]
            if state.maxsize is not None:
                # Most recently used goes last; the oldest is evicted first.
                del data[key]
                data[key] = result
            return result
        state.misses += 1
        result = user_function(*args, **kwds)
        if state.maxsize is None:
            data[key] = result
        elif state.maxsize > 0:
            if key in data:
                del data[key]
            data[key] = result
            while len(data) > state.maxsize:
                del data[next(iter(data))]
        return result

    def cache_info():
        return _CacheInfo(state.hits, state.misses, state.maxsize, len(state.data))

    def cache_clear():
        state.data = {}
        state.hits = 0
        state.misses = 0

    def cache_parameters():
        return {"maxsize": state.maxsize, "typed": typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


class _LruDecorator:
    def __init__(self, maxsize, typed):
        self._maxsize = maxsize
        self._typed = typed

    def __call__(self, user_function):
        return _lru_wrapper(user_function, self._maxsize, self._typed)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    return _LruDecorator(maxsize, typed)


def cache(user_function):
    return _lru_wrapper(user_function, None, False)


_ORDER_OPS = ("__lt__", "__le__", "__gt__", "__ge__")


def _user_defines(cls, name):
    return getattr(cls, name, None) is not getattr(object, name, None)


def total_ordering(cls):
    roots = [op for op in _ORDER_OPS if _user_defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # Preference order as in CPython: __lt__, then __le__, __gt__, __ge__.
    root = roots[0]
    base = getattr(cls, root)

    def lt_from_root(self, other):
        r = base(self, other)
        if r is NotImplemented:
            return r
        if root == "__lt__":
            return r
        if root == "__le__":
            return r and self != other
        if root == "__gt__":
            return not r and self != other
        return not r

    def le_from_root(self, other):
        r = base(self, other)
        if r is NotImplemented:
            return r
        if root == "__lt__":
            return r or self == other
        if root == "__le__":
            return r
        if root == "__gt__":
            return not r
        return not r or self == other

    def gt_from_root(self, other):
        r = base(self, other)
        if r is NotImplemented:
            return r
        if root == "__lt__":
            return not r and self != other
        if root == "__le__":
            return not r
        if root == "__gt__":
            return r
        return r and self != other

    def ge_from_root(self, other):
        r = base(self, other)
        if r is NotImplemented:
            return r
        if root == "__lt__":
            return not r
        if root == "__le__":
            return not r or self == other
        if root == "__gt__":
            return r or self == other
        return r

    made = {"__lt__": lt_from_root, "__le__": le_from_root,
            "__gt__": gt_from_root, "__ge__": ge_from_root}
    for op in _ORDER_OPS:
        if op not in roots:
            f = made[op]
            f.__name__ = op
            setattr(cls, op, f)
    return cls


class _CmpKey:
    def __init__(self, mycmp, obj):
        self._mycmp = mycmp
        self.obj = obj

    def __lt__(self, other):
        return self._mycmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._mycmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self._mycmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self._mycmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._mycmp(self.obj, other.obj) >= 0

    __hash__ = None


class _CmpKeyMaker:
    def __init__(self, mycmp):
        self._mycmp = mycmp

    def __call__(self, obj):
        return _CmpKey(self._mycmp, obj)


def cmp_to_key(mycmp):
    return _CmpKeyMaker(mycmp)


class cached_property:
    """A non-data descriptor: the first access computes the value and stores it in
    the instance's __dict__, where later lookups find it first."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different "
                            "names (%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r property."
                   % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def _first_annotation(func):
    ann = getattr(func, "__annotations__", None)
    if not ann:
        return None
    for name, cls in ann.items():
        if name != "return":
            return cls
    return None


def singledispatch(func):
    """Dispatch on the type of the first argument, along its class's MRO."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        if cls in dispatch_cache:
            return dispatch_cache[cls]
        impl = None
        for c in getattr(cls, "__mro__", (cls, object)):
            if c in registry:
                impl = registry[c]
                break
        if impl is None:
            impl = registry[object]
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = _first_annotation(cls)
            if ann is None:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated "
                    "function." % (cls,))
            func = cls
            cls = ann
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument"
                            % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, func)
        return _method
