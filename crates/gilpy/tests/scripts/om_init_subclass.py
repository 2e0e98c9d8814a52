class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Foo(Plugin, name="foo-plugin"):
    pass
class Bar(Plugin):
    pass
print(sorted(Plugin.registry))
print(Foo.plugin_name, Bar.plugin_name)

class Sub(Foo, name="sub"):
    pass
print(Sub.plugin_name, sorted(Plugin.registry))

try:
    class Bad(Plugin, name="x", other=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

class Mixin:
    pass

class Derived(Mixin, Base, flag=True):
    pass

class Implicit:
    @classmethod
    def check(cls):
        return cls.__init_subclass__.__self__ is cls

class Auto:
    def __init_subclass__(cls):
        cls.tag = "auto-" + cls.__name__
class A1(Auto):
    pass
print(A1.tag, hasattr(Auto, "tag"))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithMeta(metaclass=Meta, option=1):
    pass
