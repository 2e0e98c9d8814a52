"""copy: shallow and deep copies.

Instances of plain classes are copied through `_gilpy_stdlib` (a fresh instance
without `__init__`, then its attributes), since gilpy has no `__dict__` or
`object.__new__` yet. `__copy__`/`__deepcopy__(memo)` are honoured.
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
