# The `self.x` superinstructions and the instance-name filter must not change what an
# attribute or method lookup finds: instance attributes shadowing methods (set directly,
# through __dict__, through setattr), hooks, descriptors, deletion.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self):
        w = self.v
        return self.get() + w


class Child(Base):
    def get(self):
        return -self.v


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


b = Base(3)
c = Child(4)
for obj in (b, c, b, c):
    print(obj.get(), obj.twice(), obj.kind)

# An instance attribute named like a method shadows it (never seen as an attribute name
# before this point).
b.twice = lambda: "shadowed twice"
print(b.twice(), c.twice())
vars(c)["get"] = lambda: "shadowed via __dict__"
print(c.get())
setattr(b, "kind", "instance kind")
print(b.kind, c.kind, Base(1).kind)
del c.get
print(c.get(), c.twice())


class Later:
    def ping(self):
        return "method"

    def use(self):
        return self.ping()


x = Later()
print(x.use())
x.__dict__.update({"ping": lambda: "from update"})
print(x.use())
x2 = Later()
print(x2.use())


# Hooks and descriptors.
class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v + 1

    def bump(self):
        self.x = self.x
        return self.x


p = Prop()
print(p.bump(), p.bump(), p._x)


class Logged:
    def __init__(self):
        self.log = []
        self.a = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)

    def set(self, v):
        self.a = v
        return self.a


lg = Logged()
print(lg.set(5), lg.log)


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1

    def bad(self):
        self.b = 2


s = Slotted()
show("slots", s.bad)
print(s.a)


class Tracing:
    def __init__(self):
        self.seen = 0

    def __getattribute__(self, name):
        if name != "seen":
            object.__setattr__(self, "seen", object.__getattribute__(self, "seen") + 1)
        return object.__getattribute__(self, name)

    def m(self):
        return self.seen


t = Tracing()
print(t.m(), t.m(), t.seen)


class Stat:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    def call_both(self):
        return self.s(3), self.c(4)


print(Stat().call_both())


class Missing:
    def __init__(self):
        self.a = 1

    def read(self):
        v = self.a
        del self.a
        return v, self.a


show("missing", Missing().read)


class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name

    def go(self):
        return self.nothing_here, self.go.__name__


print(WithGetattr().go())

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e.name)

# A callable class attribute that is not a function does not bind.
class Callable:
    def __call__(self, *a):
        return len(a)


class HasCallable:
    f = Callable()

    def use(self):
        return self.f(1, 2)


print(HasCallable().use())
