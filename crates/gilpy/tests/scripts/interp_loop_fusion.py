# The eval loop's fused paths: `for x in ...` storing straight into the loop variable,
# fast calls that count the callee's `Resume` themselves. Every result is printed.


def squares(xs):
    out = []
    for x in xs:
        out.append(x * x)
    return out


print(squares([1, 2, 3]), squares((4, 5)), squares(range(3)), squares("ab" and [7]))


def loop_var_after(xs):
    x = "unset"
    for x in xs:
        pass
    return x


print(loop_var_after([]), loop_var_after([1, 2]), loop_var_after(range(5, 9)))


def gen():
    yield 1
    yield 2


def from_gen():
    total = 0
    for v in gen():
        total += v
    return total


print(from_gen())


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i):
            acc += i * j
    return acc


print(nested(20))


def first_line_error(x):
    return 1 // x


try:
    first_line_error(0)
except ZeroDivisionError:
    print("caught ZeroDivisionError")


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def boom(self):
        raise ValueError(self.v)


p = P(3)
print(sum(P(i).get() for i in range(10)), p.get())
try:
    p.boom()
except ValueError as e:
    print("caught", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(10**6)
except RecursionError as e:
    print("RecursionError", type(e).__name__)


def fn_locals(a, b):
    c = a + b
    d = c * 2
    return locals()


print(fn_locals(1, 2))


def unbound(flag):
    if flag:
        y = 1
    return y


try:
    unbound(False)
except UnboundLocalError as e:
    print(e)

items = {"k1": 1, "k2": 2}
for key in items:
    print(key, items[key])
for a, b in [(1, 2), (3, 4)]:
    print(a + b)


# Compares against constants and the jumps after them: identity, strs, floats, and
# the pairs that must still reach Python code.
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return True

    __hash__ = str.__hash__


class Eq:
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return False

    def __repr__(self):
        return "Eq()"


def classify(x):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("some")
    if x == "+":
        out.append("plus")
    if x != "-":
        out.append("not-minus")
    if x == 2.5:
        out.append("2.5")
    if x == None:  # noqa: E711
        out.append("eq-none")
    return out


for v in [None, "+", "-", Loud("x"), Eq(), 2.5, 2, float("nan"), True, 0, "", [], ()]:
    print(repr(v), classify(v))


def truthy(x):
    if x:
        return "yes"
    return "no"


print([truthy(v) for v in [0, 1, -3, None, 0.0, "", "a", [], [0], True, False]])


# Unpacking straight into locals, and what must still go the general way.
def unpack_all(pairs):
    out = []
    for k, v in pairs:
        out.append(k * 10 + v)
    a, b = pairs[0]
    a, a = 1, 2
    x, y, z = [7, 8, 9]
    return out, a, b, x, y, z


print(unpack_all([(1, 2), (3, 4), [5, 6]]))


class Holder:
    pass


h = Holder()
h.a, q = (1, 2)
print(h.a, q)
for bad in [(1, 2, 3), (1,), "ab", iter([1, 2])]:
    try:
        m, n = bad
        print("ok", m, n)
    except ValueError as e:
        print("ValueError", e)


# Method calls on instances that are not `self`: shadowing, non-functions, and a class
# changed after the first calls.
class Visitor:
    def visit(self, node):
        return "visit " + node.name


class Node:
    def __init__(self, name):
        self.name = name

    def accept(self, v):
        return v.visit(self)


class Wrap:
    def __init__(self, inner):
        self.inner = inner


w = Wrap(Node("n1"))
v = Visitor()
print(w.inner.accept(v))
Node.accept = lambda self, v: "patched " + self.name
print(w.inner.accept(v))
w.inner.accept = lambda v: "own attribute"
print(w.inner.accept(v))


class Static:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)

    class Inner:
        def __init__(self, x):
            self.x = x


holder = Wrap(Static())
print(holder.inner.s(1), holder.inner.c(2), holder.inner.Inner(3).x)


# A loop variable's store that drops a weakly referenced object asks for a collection
# at the next instruction; the fused store must leave that request intact.
import weakref


class Obs:
    def __init__(self, name):
        self.name = name


def walk(ws):
    names = []
    for o in sorted(ws, key=lambda o: o.name):
        names.append(o.name)
    return names


watchers = weakref.WeakSet()
w1, w2 = Obs("w1"), Obs("w2")
watchers.add(w1)
watchers.add(w2)
print(walk(watchers))
del w2
print("left:", len(watchers), walk(watchers))


# `self.r = None` through the fused store still runs the old value's `__del__` at once.
class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class HolderOfRes:
    def __init__(self):
        self.r = Res(1)

    def drop(self):
        self.r = None
        print("after drop")


HolderOfRes().drop()
print("end")
