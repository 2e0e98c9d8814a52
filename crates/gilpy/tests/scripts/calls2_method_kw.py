# Keyword method calls obj.m(a, k=1): methods, attributes that are not methods,
# builtins, super() calls, errors, and evaluation order.


class P:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label

    def move(self, dx, dy=0, *, scale=1):
        return P(self.x + dx * scale, self.y + dy * scale, label=self.label)

    def __repr__(self):
        return f"P({self.x}, {self.y}, {self.label!r})"

    @staticmethod
    def make(x, *, y=5):
        return P(x, y)

    @classmethod
    def origin(cls, *, label="o"):
        return cls(0, 0, label=label)


class P3(P):
    def __init__(self, x, y, z=0):
        super().__init__(x, y=y, label="3d")
        self.z = z

    def move(self, dx, dy=0, *, scale=1):
        m = super().move(dx, dy=dy, scale=scale)
        return (m, self.z)


def trial(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


p = P(1, 2)
trial("kw", lambda: p.move(1, dy=2))
trial("kwonly", lambda: p.move(1, scale=3))
trial("all kw", lambda: p.move(dx=1, dy=1, scale=2))
trial("static", lambda: p.make(4, y=6))
trial("static cls", lambda: P.make(4, y=7))
trial("classmethod", lambda: P.origin(label="z"))
trial("classmethod inst", lambda: p.origin(label="i"))
trial("super kw", lambda: P3(1, 2, z=3).move(1, dy=1, scale=10))
trial("super init", lambda: vars(P3(5, y=6)))
trial("unexpected", lambda: p.move(1, dz=2))
trial("multiple", lambda: p.move(1, dx=2))
trial("missing", lambda: p.move(dy=2))
trial("kwonly positional", lambda: p.move(1, 2, 3))
trial("no attr", lambda: p.nope(1, k=2))
trial("str method", lambda: "a,b,c".split(",", maxsplit=1))
trial("str bad kw", lambda: "a,b".split(sep=",", bogus=1))
trial("list sort", lambda: sorted([3, 1, 2], reverse=True))
lst = [3, 1, 2]
trial("list.sort kw", lambda: (lst.sort(key=lambda v: -v), lst)[1])
trial("dict update kw", lambda: (d := {}, d.update(a=1, b=2), d)[2])
trial("int to_bytes", lambda: (5).to_bytes(2, byteorder="big"))
trial("format kw", lambda: "{a}-{b}".format(a=1, b=2))


class Holder:
    def __init__(self):
        self.fn = lambda a, b=0: (a, b)


h = Holder()
trial("attr fn kw", lambda: h.fn(1, b=2))


class Callable:
    def __call__(self, *a, **k):
        return a, k


class HasCallable:
    c = Callable()


trial("callable attr", lambda: HasCallable().c(1, z=2))


import math

trial("module fn kw", lambda: math.isclose(1.0, 1.0000001, rel_tol=1e-3))

# Order: the object, then the method lookup, then the arguments left to right.
log = []


class Loud:
    def __getattr__(self, name):
        log.append("getattr " + name)
        return lambda *a, **k: (a, k)


def val(v):
    log.append(v)
    return v


def obj():
    log.append("obj")
    return Loud()


print(obj().meth(val(1), k=val(2)), log)


class Slots:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 1

    def get(self, *, add=0):
        return self.v + add


trial("slots", lambda: Slots().get(add=2))


class Gen:
    def items(self, n, *, step=1):
        yield from range(0, n, step)


trial("generator method", lambda: list(Gen().items(6, step=2)))


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "m":
            return lambda **k: ("intercepted", k)
        return object.__getattribute__(self, name)

    def m(self, **k):
        return ("real", k)


trial("getattribute", lambda: WithGetattribute().m(a=1))
