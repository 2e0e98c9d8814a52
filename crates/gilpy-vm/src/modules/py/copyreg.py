"""copyreg: the pickle/copy registry, as CPython's.

`dispatch_table` maps a type to a reduction function (`pickle` consults it
before an object's own `__reduce_ex__`); `__newobj__`/`__newobj_ex__` and
`_reconstructor` are the callables default object reductions name, so pickles
written by CPython load here and the other way round.

Differences from CPython: `dispatch_table` holds only `complex` (gilpy has no
`types.UnionType` or `re.Pattern` reduction); `_reduce_ex` treats every class
defined in Python as a heap type and the first class from `builtins` in the
MRO as the base (there is no `__flags__`).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_builtin_class(cls):
    return getattr(cls, "__module__", None) == "builtins"


def _reduce_ex(self, proto):
    """The protocol 0 and 1 reduction of an instance (CPython's object.__reduce_ex__
    for proto < 2): rebuilt by `_reconstructor` from its first built-in base."""
    cls = self.__class__
    base = object
    for b in cls.__mro__:
        if _is_builtin_class(b):
            base = b
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None:
        dict = getstate()
    else:
        if _slotnames(cls):
            raise TypeError("cannot pickle %r object: a class that defines __slots__ "
                            "without defining __getstate__ cannot be pickled with "
                            "protocol %d" % (cls.__name__, proto))
        dict = getattr(self, "__dict__", None)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of `cls` and its bases (private names mangled), cached
    in `cls.__slotnames__`."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            names.append("_%s%s" % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The extension registry (EXT1/EXT2/EXT4 opcodes); empty unless a program fills it.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
