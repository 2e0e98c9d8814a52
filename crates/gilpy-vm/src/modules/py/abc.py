"""abc: abstract base classes (gilpy's own, on a metaclass). `ABC`, `ABCMeta`,
`abstractmethod`, `abstractproperty`; instantiating a class with abstract methods
left raises CPython's TypeError. isinstance()/issubclass() reach ABCMeta's
__instancecheck__/__subclasscheck__, which consult `__subclasshook__`, the mro, the
classes given to `register` and the registered classes of subclasses; answers are
cached per class until the next `register` call, as in CPython."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty", "abstractclassmethod",
           "abstractstaticmethod", "get_cache_token"]


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it to be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return getattr(value, "__isabstractmethod__", False) is True


class abstractproperty(property):
    """Deprecated: use property with abstractmethod."""
    __isabstractmethod__ = True


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


_abc_invalidation_counter = 0


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if key in namespace:
                    continue
                for k in cls.__mro__:
                    if key in k.__dict__:
                        if _is_abstract(k.__dict__[key]):
                            abstracts.add(key)
                        break
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls._abc_compute(subclass)
        (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
        return ok

    def _abc_compute(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as metaclass."""
    __slots__ = ()


def get_cache_token():
    return _abc_invalidation_counter
