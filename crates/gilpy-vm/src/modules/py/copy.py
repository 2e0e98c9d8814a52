"""copy: shallow and deep copies.

Instances of plain classes are copied through `_gilpy_stdlib` (a fresh instance
without `__init__`, then its state), as CPython's default `object.__reduce_ex__`
would. `__copy__`/`__deepcopy__(memo)`, a class's own `__reduce_ex__`/`__reduce__`
(rebuilt as CPython's `_reconstruct` does) and `__getstate__`/`__setstate__` are
honoured.
"""

import _gilpy_stdlib


class Error(Exception):
    pass


error = Error

_ATOMIC_TYPES = ("function", "builtin_function_or_method", "module", "method")


def _is_atomic(x):
    if x is None or isinstance(x, (int, float, complex, str, range, type)):
        return True
    return type(x).__name__ in _ATOMIC_TYPES


def copy(x):
    if _is_atomic(x):
        return x
    # A subclass of a built-in (Counter, a namedtuple, ...) copies as its own type.
    if type(x) not in _BUILTIN_CONTAINERS:
        f = getattr(type(x), "__copy__", None)
        if f is not None:
            return f(x)
        if isinstance(x, tuple):
            return x
        rv = _user_reduce(x)
        if rv is not None:
            if isinstance(rv, str):
                return x
            return _reconstruct(x, None, *rv)
        r = _reduce_copy(x, None)
        if r is not None:
            return r
    if isinstance(x, (tuple, frozenset)):
        return x
    if isinstance(x, list):
        return list(x)
    if isinstance(x, dict):
        return dict(x)
    if isinstance(x, set):
        return set(x)
    if isinstance(x, bytearray):
        return bytearray(x)
    if isinstance(x, bytes):
        return x
    f = getattr(x, "__copy__", None)
    if f is not None:
        return f()
    attrs = _gilpy_stdlib.instance_attrs(x)
    if attrs is not None:
        y = _gilpy_stdlib.new_instance(type(x))
        if y is not None:
            getstate = getattr(type(x), "__getstate__", None)
            if getstate is not None:
                _set_state(y, getstate(x))
                return y
            for name, value in attrs:
                setattr(y, name, value)
            return y
    raise Error("un(shallow)copyable object of type %s" % type(x))


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    if _is_atomic(x):
        return x
    if type(x) not in _BUILTIN_CONTAINERS:
        f = getattr(type(x), "__deepcopy__", None)
        if f is not None:
            y = f(x, memo)
            memo[d] = y
            _keep_alive(x, memo)
            return y
        rv = _user_reduce(x)
        if rv is not None:
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
            _keep_alive(x, memo)
            return y
        y = _reduce_copy(x, memo)
        if y is not None:
            return y
    if isinstance(x, bytes):
        return x
    if isinstance(x, list):
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x]
        # A tuple that (indirectly) contains itself was copied while we recursed.
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
        y = x if same else tuple(items)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if isinstance(x, dict):
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for k in x:
            y[deepcopy(k, memo)] = deepcopy(x[k], memo)
        return y
    if isinstance(x, set):
        y = set()
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.add(deepcopy(a, memo))
        return y
    if isinstance(x, frozenset):
        y = frozenset([deepcopy(a, memo) for a in x])
        memo[d] = y
        return y
    if isinstance(x, bytearray):
        y = bytearray(x)
        memo[d] = y
        return y
    f = getattr(x, "__deepcopy__", None)
    if f is not None:
        y = f(memo)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    attrs = _gilpy_stdlib.instance_attrs(x)
    if attrs is not None:
        y = _gilpy_stdlib.new_instance(type(x))
        if y is not None:
            memo[d] = y
            _keep_alive(x, memo)
            getstate = getattr(type(x), "__getstate__", None)
            if getstate is not None:
                _set_state(y, deepcopy(getstate(x), memo))
                return y
            for name, value in attrs:
                setattr(y, name, deepcopy(value, memo))
            return y
    raise Error("un(deep)copyable object of type %s" % type(x))


_BUILTIN_CONTAINERS = (list, dict, set, frozenset, tuple, bytes, bytearray)


def _reduce_copy(x, memo):
    """Copies an instance of a subclass of dict or tuple by CPython's recipe
    (`__reduce_ex__`): a new object of the same type built from the copied
    contents, then the instance attributes. None for anything else."""
    cls = type(x)
    if isinstance(x, tuple):
        if memo is None:
            return x
        args = getattr(x, "__getnewargs__", None)
        if args is None:
            return None
        y = cls.__new__(cls, *deepcopy(args(), memo))
        memo[id(x)] = y
        return y
    if not isinstance(x, dict):
        return None
    y = dict.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
        _keep_alive(x, memo)
    attrs = _gilpy_stdlib.instance_attrs(x) or []
    for name, value in attrs:
        setattr(y, name, value if memo is None else deepcopy(value, memo))
    for k in dict.keys(x):
        v = dict.__getitem__(x, k)
        if memo is not None:
            k = deepcopy(k, memo)
            v = deepcopy(v, memo)
        dict.__setitem__(y, k, v)
    return y


def _keep_alive(x, memo):
    # Keeps the originals alive for the duration of the copy, so their ids stay unique
    # (CPython keeps the same list under memo[id(memo)]).
    k = id(memo)
    if k in memo:
        memo[k].append(x)
    else:
        memo[k] = [x]


def _user_reduce(x):
    """What a class's own `__reduce_ex__(4)` or `__reduce__()` returns (None when it
    defines neither: gilpy's `object` has no default reductor)."""
    cls = type(x)
    f = getattr(cls, "__reduce_ex__", None)
    if f is not None:
        return f(x, 4)
    f = getattr(cls, "__reduce__", None)
    if f is not None:
        return f(x)
    return None


def _set_state(y, state):
    """Applies `state` as `copy`/`pickle` do: `__setstate__`, else a dict of
    attributes, optionally paired with a dict of slot values."""
    if state is None:
        return
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        for key, value in state.items():
            setattr(y, key, value)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
