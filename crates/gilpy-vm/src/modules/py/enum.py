"""enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique (gilpy's own, on a
metaclass as in CPython; written for clarity, not a copy of CPython's enum.py).

Members are instances of their class stored as class attributes; the metaclass
keeps `_member_map_` (name -> member, aliases included), `_member_names_` (canonical
names in definition order) and `_value2member_map_` (value -> member).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique"]

_auto_null = object()
_function_type = type(lambda: None)


class auto:
    """Instances are replaced by an appropriate value in Enum class bodies."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython's class-body namespace turns `auto()` into its value on assignment, so
    # `BOTH = READ | WRITE` combines ints. gilpy's body binds the auto objects and the
    # metaclass sees them afterwards: operators on them record an expression instead,
    # worked out when the metaclass reaches that member (its operands came earlier).
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoExpr(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _AutoExpr(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _AutoExpr(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _AutoExpr(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _AutoExpr(lambda a, b: a * b, other, self)

    def __invert__(self):
        return _AutoExpr(lambda a, b: ~a, self, None)

    def __neg__(self):
        return _AutoExpr(lambda a, b: -a, self, None)


class _AutoExpr(auto):
    """An operator applied to auto() values in an enum body, evaluated by the metaclass."""

    def __init__(self, op, left, right):
        self.value = _auto_null
        self._op = op
        self._left = left
        self._right = right

    def _compute(self, resolve):
        return self._op(resolve(self._left), resolve(self._right))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    if type(obj) is _function_type:
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(pattern) and not name.endswith("__")


def _find_data_type(bases):
    """The builtin type the members extend (int for IntEnum), else object."""
    for base in bases:
        for k in base.__mro__:
            if k is object or isinstance(k, EnumType):
                continue
            if k in (int, str, float, tuple, list, dict, set, frozenset):
                return k
            if "__new__" in k.__dict__:
                return k
    return object


def _enum_bases(cls_name, bases):
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls_name, base))


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        _enum_bases(cls, bases)
        member_type = _find_data_type(bases)
        # Split the body into members and everything else.
        members = []
        ns = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                ns[key] = value
            else:
                members.append((key, value))
        # A __new__ in an enum's body builds the members (CPython's __new_member__);
        # the class itself keeps Enum's value lookup (Enum's own __new__ is that lookup).
        if "__new__" in ns and any(isinstance(b, EnumType) for b in bases):
            custom = ns.pop("__new__")
            if isinstance(custom, staticmethod):
                custom = custom.__func__
            ns["__new_member__"] = custom
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        ns["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        # Enum's own methods win over the data type's (IntEnum's repr is Enum's).
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name in classdict:
                continue
            for k in enum_class.__mro__:
                if isinstance(k, EnumType) and name in k.__dict__:
                    type.__setattr__(enum_class, name, k.__dict__[name])
                    break
        gen = classdict.get("_generate_next_value_")
        if gen is None:
            gen = getattr(enum_class, "_generate_next_value_", None)
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        last_values = []
        init = enum_class.__dict__.get("__init__")
        if init is None:
            for k in enum_class.__mro__[1:]:
                if "__init__" in k.__dict__:
                    init = k.__dict__["__init__"]
                    break
        use_init = init is not None and init is not _base_init and init is not object.__init__
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        def resolve(v):
            if isinstance(v, _AutoExpr):
                if v.value is _auto_null:
                    v.value = v._compute(resolve)
                return v.value
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = gen(name, 1, len(last_values), last_values[:])
                return v.value
            return v

        for name, value in members:
            if isinstance(value, _AutoExpr):
                value = resolve(value)
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gen(name, 1, len(last_values), last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            last_values.append(value)
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            custom_new = enum_class.__dict__.get("__new_member__")
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            if use_init:
                init(member, *args)
            # An alias: a later name with an existing value.
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            elif not is_flag or (isinstance(value, int) and value > 0 and value & (value - 1) == 0):
                # A Flag lists only its single-bit members (3.11): zero and multi-bit
                # values are reachable by name and value but not iterated.
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, member)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", all_bits)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            # The enum side's `__new__` (the lookup by value), not the data type's
            # (`int.__new__` comes first in IntEnum's mro); CPython installs it as
            # `enum_class.__new__` for the same reason.
            for k in cls.__mro__:
                if isinstance(k, EnumType) and "__new__" in k.__dict__:
                    return k.__dict__["__new__"](cls, value)
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            gen = cls._generate_next_value_
            for count, name in enumerate(names):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        else:
            items = names.items() if isinstance(names, dict) else names
            for name, value in items:
                classdict[name] = value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None
_base_init = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Only reached through EnumType.__call__: look the member up by value.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        # Members of mixed-in types hash like their value (IntEnum: like the int).
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


_base_init = Enum.__dict__["__init__"]


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** (_high_bit(max(last_values)) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0 or value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [n for n in cls._member_names_
                 if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                 and cls._member_map_[n]._value_]
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        name = self._name_
        if name is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, name, self._value_)

    def __str__(self):
        name = self._name_
        if name is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, name)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            m = self.__class__._member_map_[name]
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
