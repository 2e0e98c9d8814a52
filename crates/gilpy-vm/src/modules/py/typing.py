"""typing: the names scripts put in annotations. They subscript and print like
CPython's (`typing.List[int]`, `typing.Optional[str]`), and do nothing else: gilpy,
like CPython, does not check annotations at run time."""

TYPE_CHECKING = False
_UnionType = type(int | str)


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if t is ...:
        return "..."
    if t is None or t is type(None):
        return "None"
    if isinstance(t, list):
        return "[" + ", ".join([_type_repr(a) for a in t]) + "]"
    return repr(t)


class _Special:
    def __init__(self, name, nparams=-1, origin=None):
        self._name = name
        self._nparams = nparams
        self.__origin__ = origin

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return _union((params[0], type(None)))
        if self._name == "Union":
            return _union(params)
        return _Alias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _union(params):
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _Alias) and p._special is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    return _Alias(Union, tuple(flat))


class _Alias:
    def __init__(self, special, args):
        # `_special` names it (`typing.List`); `__origin__` is the runtime class
        # (`list`) when there is one, as in CPython.
        self._special = special
        origin = getattr(special, "__origin__", None)
        self.__origin__ = special if origin is None else origin
        self.__args__ = args

    def __repr__(self):
        o = self._special
        if o is Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return "typing.Optional[%s]" % _type_repr(other)
            return "typing.Union[%s]" % ", ".join([_type_repr(a) for a in args])
        if o is Unpack and len(self.__args__) == 1:
            return "*" + _type_repr(self.__args__[0])
        if o is Callable and len(self.__args__) == 2:
            a, r = self.__args__
            return "typing.Callable[%s, %s]" % (_type_repr(a), _type_repr(r))
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join([_type_repr(a) for a in self.__args__])
        return "%s[%s]" % (_type_repr(o), inner)

    def __getitem__(self, params):
        return _Alias(self._special, params if isinstance(params, tuple) else (params,))

    @property
    def __parameters__(self):
        found = []
        for a in self.__args__:
            for p in ([a] if isinstance(a, TypeVar) else getattr(a, "__parameters__", ())):
                if isinstance(p, TypeVar) and p not in found:
                    found.append(p)
        return tuple(found)

    def __mro_entries__(self, bases):
        # `class Box(Generic[T])`, `class L(List[int])`: the class itself is the base.
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        raise TypeError("Cannot subclass %r" % (self,))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if type(other) is _UnionType and self._special is Union:
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return False
        return self._special is other._special and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._special, self.__args__))


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class Generic:
    """`class Box(Generic[T])`; `Box[int]` is an alias that prints as CPython's and
    creates plain `Box` instances (no parameter substitution)."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        found = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in found:
                    found.append(p)
        cls.__parameters__ = tuple(found)


_PROTOCOL_SKIP = frozenset(["__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                            "__annotations__", "__init__", "__slots__", "_is_protocol",
                            "_is_runtime_protocol", "__parameters__", "__orig_bases__",
                            "__abstractmethods__", "__init_subclass__", "__class_getitem__",
                            "__protocol_attrs__"])


class _ProtocolMeta(type):
    # isinstance() on a @runtime_checkable protocol checks that the members exist.
    def __instancecheck__(cls, instance):
        if not cls.__dict__.get("_is_protocol", False):
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__instancecheck__(cls, instance):
            return True
        for attr in cls.__protocol_attrs__:
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        return all(any(attr in k.__dict__ for k in other.__mro__)
                   for attr in cls.__protocol_attrs__)


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        attrs = set()
        for k in cls.__mro__[:-1]:
            if k.__name__ in ("Protocol", "Generic"):
                continue
            for name in list(k.__dict__) + list(k.__dict__.get("__annotations__", {})):
                if not name.startswith("_abc_") and name not in _PROTOCOL_SKIP:
                    attrs.add(name)
        cls.__protocol_attrs__ = attrs


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
List = _Special("List", origin=list)
Dict = _Special("Dict", origin=dict)
Set = _Special("Set", origin=set)
FrozenSet = _Special("FrozenSet", origin=frozenset)
Tuple = _Special("Tuple", origin=tuple)
Type = _Special("Type", origin=type)
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
Collection = _Special("Collection")
Container = _Special("Container")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
OrderedDict = _Special("OrderedDict")
Counter = _Special("Counter")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
Annotated = _Special("Annotated")
Self = _Special("Self")
TypeAlias = _Special("TypeAlias")
Concatenate = _Special("Concatenate")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
TypeGuard = _Special("TypeGuard")
LiteralString = _Special("LiteralString")
Unpack = _Special("Unpack")
AbstractSet = _Special("AbstractSet")
ChainMap = _Special("ChainMap")
KeysView = _Special("KeysView")
ItemsView = _Special("ItemsView")
ValuesView = _Special("ValuesView")
MappingView = _Special("MappingView")
Reversible = _Special("Reversible")
AsyncIterator = _Special("AsyncIterator")
AsyncIterable = _Special("AsyncIterable")
AsyncGenerator = _Special("AsyncGenerator")
ContextManager = _Special("ContextManager")
Pattern = _Special("Pattern")
Match = _Special("Match")
IO = _Special("IO")
TextIO = _Special("TextIO")
BinaryIO = _Special("BinaryIO")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
SupportsAbs = _Special("SupportsAbs")
SupportsIndex = _Special("SupportsIndex")
AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name)


class TypeVarTuple(TypeVar):
    def __init__(self, name):
        TypeVar.__init__(self, name)

    def __iter__(self):
        # `*Ts` in a subscript (PEP 646).
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


def assert_never(arg, /):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda x: x


class _TypedDictMeta(type):
    """`class Movie(TypedDict): title: str` makes Movie a class whose calls build plain
    dicts (CPython's TypedDict): the annotations are only recorded."""

    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        tp = type.__new__(mcls, name, (dict,), ns)
        required = set()
        optional = set()
        for base in bases:
            required |= set(getattr(base, "__required_keys__", ()))
            optional |= set(getattr(base, "__optional_keys__", ()))
        (required if total else optional).update(own)
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


class _TypedDictFactory:
    """`TypedDict`: `TypedDict("Movie", {"title": str})` or a base class."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
Text = str


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Annotations with string forward references evaluated and `None` as NoneType;
    for a class, those of its whole mro (base classes first)."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = sys.modules.get(base.__module__)
            gns = globalns if globalns is not None else getattr(module, "__dict__", {})
            lns = localns if localns is not None else dict(vars(base))
            for name, value in ann.items():
                hints[name] = _eval_hint(value, gns, lns)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, (type(get_type_hints), type(sys))):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    gns = globalns if globalns is not None else getattr(obj, "__globals__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, gns, localns)
    return hints


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


_NT_PROHIBITED = frozenset(["__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                            "_field_defaults", "_make", "_replace", "_asdict", "_source"])


def _fill_namedtuple(cls, typename, names, field_defaults):
    # Shares collections.namedtuple's checks and methods.
    import collections
    typename, fields = collections._check_names(typename, names, False)
    ns = collections._namedtuple_namespace(typename, fields, field_defaults)
    for key in ns:
        if key != "__slots__":
            setattr(cls, key, ns[key])
    return cls


class NamedTuple(tuple):
    """`class P(NamedTuple): x: int; y: int = 0` makes P a namedtuple class.

    gilpy has no metaclasses, so P is built by `__init_subclass__` and keeps
    NamedTuple in its MRO (CPython's P has only tuple)."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls)
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        import collections
        names = [n for n, t in fields]
        result = collections.namedtuple(typename, names)
        result.__annotations__ = {n: t for n, t in fields}
        return result

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        own = cls.__dict__
        types = own.get("__annotations__", {})
        names = list(types)
        field_defaults = {}
        for name in names:
            if name in own:
                field_defaults[name] = own[name]
            elif field_defaults:
                many = "s" if len(field_defaults) > 1 else ""
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, many, ", ".join(field_defaults)))
        for key in own:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        _fill_namedtuple(cls, cls.__name__, names, field_defaults)
