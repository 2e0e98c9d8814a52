# Exact semantics around the eval loop's fast paths for `in`, `d[k]`, `d[k] = v`
# and native calls (builtin methods, module functions, builtins).
import heapq
import math


class Loud:
    """A key equal to a str (same hash), saying when its __eq__ runs."""
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        print("  Loud.__eq__", self.s, other)
        return other == self.s


class IntLike:
    def __init__(self, i):
        self.i = i
    def __hash__(self):
        return hash(self.i)
    def __eq__(self, other):
        print("  IntLike.__eq__", self.i, other)
        return other == self.i


def dicts():
    d = {"a": 1, "b": 2, 3: "three"}
    print("a" in d, "z" in d, 3 in d, 4 in d, "a" not in d, 4 not in d)
    print(d["a"], d[3], d[3.0], d[True] if True in d else "no True")
    d[1] = "one"
    print(d[True], d[1.0], True in d, 1.0 in d)
    d[True] = "true"
    print(d)
    for k in ["zz", 99, (1, 2)]:
        try:
            d[k]
        except KeyError as e:
            print("KeyError", repr(e), e.args)
    try:
        d[[1]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [1] in d
    except TypeError as e:
        print("TypeError", e)
    try:
        d[{}] = 1
    except TypeError as e:
        print("TypeError", e)
    # A user key with a str's hash: its __eq__ runs when a str is looked up.
    w = {Loud("k"): "loud"}
    print("k" in w)
    print(w["k"])
    w["k"] = "replaced"
    print(len(w), list(w.values()))
    n = {IntLike(5): "five"}
    print(5 in n, n[5])
    n[5] = "FIVE"
    print(len(n), list(n.values()))
    # Keys stored as float / bool, looked up with ints.
    f = {2.0: "two", False: "false"}
    print(2 in f, f[2], 0 in f, f[0])
    f[2] = "int two"
    print(f)


class Missing(dict):
    def __missing__(self, key):
        return "missing " + str(key)


class Contains(dict):
    def __contains__(self, key):
        print("  Contains.__contains__", key)
        return True
    def __getitem__(self, key):
        return "get " + str(key)
    def __setitem__(self, key, value):
        print("  Contains.__setitem__", key, value)
        dict.__setitem__(self, key, value * 2)


def subclasses():
    m = Missing(a=1)
    print(m["a"], m["b"], m[7], "b" in m)
    c = Contains()
    print("x" in c, 1 in c, "x" not in c)
    print(c["x"], c[1])
    c["k"] = 21
    print(dict.__getitem__(c, "k"), len(c))


def mutation():
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d[k + "x"] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    d = {"a": 1, "b": 2}
    for k in d:
        d[k] = d[k] * 10
    print(d)
    s = {1, 2}
    try:
        for x in s:
            s.add(x + 10)
    except RuntimeError as e:
        print("RuntimeError", e)


class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Eq.__eq__", self.v, other)
        return self.v == other


def sequences():
    l = [1, 2.5, "s", None, (1, 2)]
    print(1 in l, 2.5 in l, "s" in l, None in l, (1, 2) in l, 3 in l, "t" not in l)
    print(True in l, 1.0 in l, 2 in [2.0])
    nan = float("nan")
    print(nan in [nan], nan in (nan,))
    print(3 in [Eq(1), Eq(3), Eq(4)])
    print("z" in (Eq("y"),))
    t = (10, 20, 30)
    print(t[0], t[-1], t[2], 20 in t, 40 in t)
    try:
        t[3]
    except IndexError as e:
        print("IndexError", e)
    s = "hello world"
    print("wor" in s, "" in s, "x" in s, "lo w" not in s)
    try:
        1 in s
    except TypeError as e:
        print("TypeError", e)
    st = {1, "a", frozenset({2})}
    print(1 in st, "a" in st, "b" in st, 1.0 in st, {2} in st, frozenset({2}) in st)
    try:
        [1] in st
    except TypeError as e:
        print("TypeError", e)
    print(Eq(1) in {1, 2} if False else "skip")


class MyList(list):
    pass


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


def native_calls():
    l = []
    for i in range(5):
        l.append(i * i)
    print(l, len(l), l.pop(), l.index(4), l.count(1))
    m = MyList([3, 1, 2])
    m.append(0)
    m.sort()
    print(m, type(m).__name__, len(m))
    s = MyStr("abc")
    print(s.upper(), s.startswith("a"), s.replace("b", "B"))
    h = []
    for x in [5, 1, 4, 2, 3]:
        heapq.heappush(h, (x, str(x)))
    print([heapq.heappop(h) for _ in range(5)])
    print(math.sqrt(16.0), math.floor(2.5), abs(-3), min(4, 2), max(4, 2))
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b", 0), isinstance(d, dict), isinstance(1, str))
    meth = l.append
    meth(100)
    print(l)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError", e)
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError", e)
    try:
        d.get()
    except TypeError as e:
        print("TypeError", e)
    try:
        len(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError", e, e.__traceback__.tb_lineno)


dicts()
subclasses()
mutation()
sequences()
native_calls()


def fails():
    x = {"a": 1}
    return x["b"]


def pops():
    return [].pop()


for f in (fails, pops):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, e, lines)
heapq.heappop([])
