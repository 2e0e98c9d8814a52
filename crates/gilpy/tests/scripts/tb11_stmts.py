# Marker positions CPython 3.11 gives statement-level operations: decorators, class
# bodies, imports, stores and deletes, assert (at a comparison), unpacking, with.
import re, traceback

def show(fn):
    try:
        fn()
    except BaseException:
        print(re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], traceback.format_exc()), end="")

def deco(f):
    raise TypeError("deco")

def decorated():
    @deco
    def g():
        pass

def klass():
    class C:
        x = 1 + None

def fstr():
    v = 3
    return f"value {v.nope} end"

def starred():
    print(*5)

def dstar():
    return dict(**[1])

def imp():
    import nonexistent_mod_xyz

def fromimp():
    import math as p
    return p.nonexistent_name

def slicing():
    a = 5
    return a[1:2]

def contains():
    return 3 in 4

def gexp():
    return list(x.y for x in [1])

def withopen():
    with open("/nonexistent/zz") as f:
        pass

def store_deep():
    class O: pass
    o = O()
    o.a = None
    o.a.b = 1

def assertion():
    x = 1
    assert x == 2, "nope"

def nameerr():
    return 1 + missing_global

def callres():
    return (lambda: None)()()

def kwcall():
    def h(a): pass
    h(1,
      b=2)

def yf():
    def g():
        yield from 5
    return list(g())

def dictlit():
    return {"a": 1, "b": 1 / 0}

def ifexp():
    return 1 if [][0] else 2

def walrus():
    if (n := [][1]):
        pass

def boolop():
    return None or {}["x"]

def unpack_star():
    a, *b, c = [1]

def listidx():
    xs = [1, 2]
    xs[5] = 0

def delitem():
    d = {}
    del d["k"]

def aug_attr():
    class O: pass
    o = O()
    o.count += 1

for fn in [decorated, klass, fstr, starred, dstar, imp, fromimp, slicing, contains, gexp, withopen,
           store_deep, assertion, nameerr, callres, kwcall, yf, dictlit, ifexp, walrus, boolop,
           unpack_star, listidx, delitem, aug_attr]:
    show(fn)
