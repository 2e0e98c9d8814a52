"""dataclasses for gilpy: @dataclass reads the class's `__annotations__` and attaches
generated `__init__`, `__repr__`, `__eq__`, ordering and hashing methods, compiled
from generated source with `exec` as CPython does (so they run as fast as hand-written
methods and the argument errors are the binder's own).

`frozen=True` installs a `__setattr__`/`__delattr__` that raise
`FrozenInstanceError`. `kw_only=True` and a `_: KW_ONLY` marker make the fields
keyword-only. `slots=True` is accepted and ignored (instances keep a `__dict__`).
"""

import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _HasDefaultFactoryType:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactoryType()

# Writes an attribute even when the class defines __setattr__ (frozen classes).
if hasattr(object, "__setattr__"):
    _raw_setattr = object.__setattr__
else:
    _raw_setattr = setattr


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._classvar = False

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: `_: KW_ONLY` makes the fields after it keyword-only."""

    def __repr__(self):
        return "dataclasses.KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY or annotation is _KW_ONLY_TYPE


class InitVar:
    """`x: InitVar[int]`: an __init__ parameter passed on to __post_init__, not a field."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    r = repr(annotation)
    return r == "typing.ClassVar" or r.startswith("typing.ClassVar[")


_MUTABLE = (list, dict, set)


def _collect_fields(cls, kw_only=False):
    fields = {}
    # Inherited fields first, in base-to-derived order.
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            for name in base_fields:
                fields[name] = base_fields[name]
    annotations = getattr(cls, "__annotations__", {})
    # A class without annotations of its own can see its base's through getattr.
    own = annotations
    for base in cls.__mro__[1:]:
        if getattr(base, "__annotations__", None) is annotations:
            own = {}
    for name in own:
        ann = own[name]
        if _is_kw_only_marker(ann):
            kw_only = True
            if name in cls.__dict__:
                delattr(cls, name)
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = ann
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if _is_classvar(ann):
            f._classvar = True
            continue
        f._initvar = _is_initvar(ann)
        if isinstance(f.default, _MUTABLE):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        # The class attribute becomes the plain default (or goes away).
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _plural(n):
    return "" if n == 1 else "s"


def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _create_fn(cls, name, params, body, namespace):
    """A method compiled from generated source, as CPython's dataclasses does: the
    generated code is ordinary bytecode with plain attribute accesses, and the
    binder's own argument errors name `Class.method()`."""
    src = "def %s(%s):\n%s\n" % (name, ", ".join(params),
                                  "\n".join(["    " + line for line in body]))
    ns = dict(namespace)
    exec(src, ns)
    fn = ns[name]
    fn.__qualname__ = cls.__qualname__ + "." + name
    return fn


def _make_init(cls, fields, has_post_init, frozen):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if f.kw_only is not True]
    keyword = [f for f in init_fields if f.kw_only is True]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    names = [f.name for f in fields]
    self_name = "__dataclass_self__" if "self" in names else "self"
    ns = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
          "__dataclass_setattr__": _raw_setattr}

    def param(f):
        if f.default_factory is not MISSING:
            return f.name + "=__dataclass_HAS_DEFAULT_FACTORY__"
        if f.default is not MISSING:
            ns["__dataclass_dflt_" + f.name + "__"] = f.default
            return f.name + "=__dataclass_dflt_" + f.name + "__"
        return f.name

    params = [self_name] + [param(f) for f in positional]
    if keyword:
        params = params + ["*"] + [param(f) for f in keyword]
    body = []
    for f in fields:
        if getattr(f, "_initvar", False):
            continue
        factory = "__dataclass_factory_" + f.name + "__"
        if f.default_factory is not MISSING:
            ns[factory] = f.default_factory
            if f.init:
                value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (
                    factory, f.name, f.name)
            else:
                value = factory + "()"
        elif f.init:
            value = f.name
        else:
            # init=False with a plain default: the class attribute provides it.
            continue
        if frozen:
            body.append("__dataclass_setattr__(%s, %r, %s)" % (self_name, f.name, value))
        else:
            body.append("%s.%s = %s" % (self_name, f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if getattr(f, "_initvar", False)]
        body.append("%s.__post_init__(%s)" % (self_name, ", ".join(initvars)))
    if not body:
        body = ["pass"]
    return _create_fn(cls, "__init__", params, body, ns)


def _make_repr(cls, fields):
    parts = ["%s={self.%s!r}" % (f.name, f.name) for f in fields if f.repr]
    body = ['return self.__class__.__qualname__ + f"(%s)"' % ", ".join(parts)]
    return _create_fn(cls, "__repr__", ["self"], body, {})


def _tuple_src(obj, fields):
    names = ["%s.%s," % (obj, f.name) for f in fields if f.compare]
    return "(" + "".join(names) + ")"


def _make_cmp(cls, name, op, fields):
    body = ["if other.__class__ is self.__class__:",
            "    return %s %s %s" % (_tuple_src("self", fields), op, _tuple_src("other", fields)),
            "return NotImplemented"]
    return _create_fn(cls, name, ["self", "other"], body, {})


def _make_hash(cls, fields):
    names = ["self.%s," % f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    return _create_fn(cls, "__hash__", ["self"], ["return hash((%s))" % "".join(names)], {})


def _make_frozen(cls, fields):
    names = [f.name for f in fields]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        _raw_setattr(self, name, value)

    def __delattr__(self, name):
        raise FrozenInstanceError("cannot delete field %r" % name)

    return __setattr__, __delattr__


def _defines(cls, name):
    value = getattr(cls, name, None)
    for base in cls.__mro__[1:]:
        if getattr(base, name, None) is value:
            return False
    return value is not None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args=True,
                   kw_only=False, slots=False):
    fields_map = _collect_fields(cls, kw_only)
    all_fields = [fields_map[n] for n in fields_map]
    fields = [f for f in all_fields if not getattr(f, "_initvar", False)]
    cls.__dataclass_fields__ = fields_map
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    # As CPython's _set_new_attribute: an __init__ written in the class body stays.
    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(cls, all_fields, hasattr(cls, "__post_init__"), frozen)
    if repr and not _defines(cls, "__repr__"):
        cls.__repr__ = _make_repr(cls, fields)
    if eq and not _defines(cls, "__eq__"):
        cls.__eq__ = _make_cmp(cls, "__eq__", "==", fields)
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _defines(cls, name):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (name, cls.__name__))
            setattr(cls, name, _make_cmp(cls, name, op, fields))
    if frozen:
        s, d = _make_frozen(cls, fields)
        cls.__setattr__ = s
        cls.__delattr__ = d
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _make_hash(cls, fields)
    elif eq and not _defines(cls, "__hash__"):
        cls.__hash__ = None
    if match_args and not _defines(cls, "__match_args__"):
        cls.__match_args__ = tuple([f.name for f in fields if f.init and not f.kw_only])
    if slots:
        cls = _add_slots(cls, [f.name for f in fields])
    return cls


def _add_slots(cls, names):
    # As CPython: a new class with __slots__ for the fields and no instance __dict__.
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    ns = dict(cls.__dict__)
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    ns["__slots__"] = tuple(names)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


class _Decorator:
    def __init__(self, *params):
        self._params = params

    def __call__(self, cls):
        return _process_class(cls, *self._params)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    params = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return _Decorator(*params)
    return _process_class(cls, *params)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **params):
    """A new dataclass named cls_name with fields given as names, (name, type) or
    (name, type, Field) items."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **params)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([fs[n] for n in fs if not getattr(fs[n], "_initvar", False)])


def _inner_asdict(obj, factory):
    if hasattr(obj, "__dataclass_fields__") and not isinstance(obj, type):
        return factory([(f.name, _inner_asdict(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, list):
        return [_inner_asdict(v, factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_inner_asdict(v, factory) for v in obj])
    if isinstance(obj, dict):
        return {_inner_asdict(k, factory): _inner_asdict(obj[k], factory) for k in obj}
    return _copy.deepcopy(obj)


def _dict_from_pairs(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d


def asdict(obj, *, dict_factory=None):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _inner_asdict(obj, dict_factory or _dict_from_pairs)


def _tuple_from_pairs(pairs):
    return tuple([v for k, v in pairs])


def astuple(obj, *, tuple_factory=None):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _inner_asdict(obj, _tuple_from_pairs)


def replace(obj, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    kwargs = {}
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name in changes:
            kwargs[f.name] = changes[f.name]
        else:
            kwargs[f.name] = getattr(obj, f.name)
    for k in changes:
        if k not in kwargs:
            kwargs[k] = changes[k]
    return type(obj)(**kwargs)
