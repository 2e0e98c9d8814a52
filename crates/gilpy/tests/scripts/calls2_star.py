# Corners of f(*args, **kwargs) forwarding: evaluation order, errors, identity, mutation.
import collections


def show(*args, **kwargs):
    return args, kwargs


def fwd(*args, **kwargs):
    return show(*args, **kwargs)


def fwd_star(*args):
    return show(*args)


def fwd_kw(**kwargs):
    return show(**kwargs)


def trial(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


trial("plain", lambda: fwd(1, 2, a=3))
trial("empty", lambda: fwd())
trial("only star", lambda: fwd_star(1, 2))
trial("only kw", lambda: fwd_kw(x=1, y=2))
trial("list star", lambda: show(*[1, 2]))
trial("gen star", lambda: show(*(i * i for i in range(4))))
trial("str star", lambda: show(*"ab"))
trial("not iterable", lambda: show(*1))
trial("not iterable kw", lambda: show(*1, a=2))
trial("not mapping", lambda: show(**1))
trial("not mapping list", lambda: show(**[1, 2]))
trial("both bad", lambda: show(*1, **2))
trial("int keys", lambda: show(**{1: 2}))
trial("int keys fn", lambda: fwd_kw(**{1: 2}))
trial("dup kw", lambda: show(a=1, **{"a": 2}))
trial("dup two maps", lambda: show(**{"a": 1}, **{"a": 2}))
trial("ordered", lambda: show(**{"b": 1, "a": 2}))
trial("defaultdict", lambda: show(**collections.defaultdict(int, k=5)))
trial("ordereddict", lambda: show(**collections.OrderedDict([("z", 1), ("y", 2)])))
trial("counter", lambda: show(**collections.Counter(q=3)))


class M:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, k):
        return k * 2


trial("mapping class", lambda: show(**M()))
trial("mapping class fn", lambda: fwd_kw(**M()))


class D(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "sub"


trial("dict subclass", lambda: show(**D(only=1, other=2)))

# The callee's *args and **kwargs are fresh objects, not the caller's.
t = (1, 2)
d = {"k": 1}


def ident(*args, **kwargs):
    return args is t, kwargs is d, type(args).__name__, type(kwargs).__name__


print("identity", ident(*t, **d))


def mutate(**kwargs):
    kwargs["new"] = 1
    return kwargs


print("mutate", mutate(**d), d)


def mutate_caller(**kwargs):
    d["late"] = 2
    return kwargs


print("mutate caller", mutate_caller(**d), d)
del d["late"]

# Evaluation order: the starred iterable is consumed after the keywords are evaluated.
log = []


def gen():
    log.append("gen start")
    yield 1
    log.append("gen end")


def kwval():
    log.append("kw")
    return 5


show(*gen(), k=kwval())
print("order", log)

# Binding errors reached through forwarding.


def two(a, b):
    return a + b


def kwonly(a, *, b):
    return a, b


def posonly(a, /, b):
    return a, b


trial("fwd two", lambda: fwd(two, 1)[0][1])
trial("fwd missing", lambda: (lambda *a, **k: two(*a, **k))(1))
trial("fwd extra", lambda: (lambda *a, **k: two(*a, **k))(1, 2, 3))
trial("fwd unexpected", lambda: (lambda *a, **k: two(*a, **k))(1, 2, c=3))
trial("fwd multiple", lambda: (lambda *a, **k: two(*a, **k))(1, 2, b=3))
trial("fwd kwonly", lambda: (lambda *a, **k: kwonly(*a, **k))(1, b=2))
trial("fwd kwonly missing", lambda: (lambda *a, **k: kwonly(*a, **k))(1))
trial("fwd kwonly extra", lambda: (lambda *a, **k: kwonly(*a, **k))(1, 2))
trial("fwd posonly", lambda: (lambda *a, **k: posonly(*a, **k))(a=1, b=2))
trial("fwd posonly ok", lambda: (lambda *a, **k: posonly(*a, **k))(1, b=2))
trial("fwd builtin", lambda: (lambda *a, **k: sorted(*a, **k))([3, 1, 2], reverse=True))
trial("fwd builtin bad", lambda: (lambda *a, **k: len(*a, **k))([3], x=1))
trial("fwd class", lambda: (lambda *a, **k: dict(*a, **k))([(1, 2)], z=3))
trial("fwd method", lambda: (lambda *a, **k: "{}-{x}".format(*a, **k))(1, x=2))
trial("many kw", lambda: fwd(**{c: i for i, c in enumerate("abcdefghijkl")}))
trial("many pos", lambda: len(fwd(*range(40))[0]))


class Init:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


o = Init(*(1, 2), **{"z": 3})
print("init", o.args, o.kwargs)


def kwdefault(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw


print("mix", kwdefault(*(1,), **{"c": 4, "e": 5}))
print("mix2", kwdefault(1, *(2, 3, 4), d=1, **{"c": 4}))
print("mix3", kwdefault(*[1, 2, 3], *(4,), **{"c": 0}, **{"f": 6}))

# CPython names the callee (module.qualname) in errors about bad * and ** operands.


class C:
    def m(self, *a, **k):
        return a, k


for s in [
    "show(1, *2)",
    "show(*2, 1)",
    "show(*[1], *2)",
    "show(a=1, **2)",
    "show(**{'a': 1}, a=2)",
    "C().m(*2)",
    "C().m(**2)",
    "C.m(**2)",
    "len(*2)",
    "len(**2)",
    "print(*2)",
    "(lambda: 0)(**2)",
    "show(**{1: 2}, **{})",
    "show(**{}, **{1: 2})",
    "show(**{'a': 1}, **{'a': 2})",
    "C(**3)",
    "C().m(*None, **{})",
]:
    try:
        print(s, "->", eval(s))
    except TypeError as e:
        print(s, "->", e)
