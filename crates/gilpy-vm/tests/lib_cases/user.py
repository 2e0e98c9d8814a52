def t(name, f):
    try:
        r = f()
        print(name, '->', repr(r))
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return 'V(%d)' % self.n
    def __str__(self):
        return 'v%d' % self.n
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.n + other.n)
        return V(self.n + other)
    def __radd__(self, other):
        return V(self.n + other)
    def __abs__(self):
        return V(abs(self.n))
    def __round__(self, nd=None):
        return 'rounded %s' % nd
    def __int__(self):
        return self.n
    def __float__(self):
        return self.n + 0.5
    def __index__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __hash__(self):
        return hash(self.n)

vs = [V(3), V(1), V(2)]
t("sorted user", lambda: sorted(vs))
t("sorted user rev", lambda: sorted(vs, reverse=True))
t("min max user", lambda: (min(vs), max(vs)))
t("sum user", lambda: sum(vs))
t("sum user start", lambda: sum(vs, V(10)))
t("abs user", lambda: abs(V(-4)))
t("round user", lambda: (round(V(1)), round(V(1), 2)))
t("int float user", lambda: (int(V(5)), float(V(5))))
t("hex user", lambda: (hex(V(255)), bin(V(2)), chr(V(65))))
t("list index user", lambda: [V(1), V(2)].index(V(2)))
t("in user", lambda: V(2) in [V(1), V(2)])
t("count user", lambda: [V(1), V(1), V(2)].count(V(1)))
t("remove user", lambda: [V(1), V(2)].remove(V(3)))
t("set user", lambda: len({V(1), V(1), V(2)}))
t("dict user key", lambda: {V(1): 'a'}[V(1)])
t("format user", lambda: "{} {!r} {!s}".format(V(1), V(2), V(3)))
t("format spec user", lambda: "{:>5}".format(V(1)))
t("pct user", lambda: "%s %r %d %.1f %x" % (V(1), V(2), V(3), V(4), V(255)))
t("str join user", lambda: ",".join(str(v) for v in vs))
t("sort key attr", lambda: sorted(vs, key=lambda v: -v.n))
def srt():
    xs = list(vs)
    xs.sort()
    return xs
t("list.sort user", srt)
class NoLt:
    pass
t("sorted no lt", lambda: sorted([NoLt(), NoLt()]))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
t("reversed seq", lambda: list(reversed(Seq())))
t("iter seq", lambda: list(Seq()))
t("sorted seq", lambda: sorted(Seq(), reverse=True))
class R:
    def __reversed__(self):
        return iter([1, 2])
t("reversed dunder", lambda: list(reversed(R())))
class Fmt:
    def __format__(self, spec):
        return 'F<' + spec + '>'
t("format dunder", lambda: (format(Fmt(), 'abc'), "{:xyz}".format(Fmt()), f"{Fmt():q}"))
class KeysObj:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
def upd():
    d = {}
    d.update(KeysObj())
    return d
t("update keys obj", upd)
t("dict keys obj", lambda: dict(KeysObj()))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
t("list iter obj", lambda: list(It()))
t("map iter obj", lambda: list(map(lambda x: x * 2, It())))
t("zip iter obj", lambda: list(zip(It(), 'abcd')))
t("enumerate iter", lambda: list(enumerate(It(), 1)))
t("sum iter", lambda: sum(It()))
t("max iter", lambda: max(It()))
t("any iter", lambda: any(It()))
t("sorted iter", lambda: sorted(It(), reverse=True))
t("set iter obj", lambda: set(It()))
t("tuple iter obj", lambda: tuple(It()))
t("join iter", lambda: "-".join(map(str, It())))
t("filter iter", lambda: list(filter(lambda x: x % 2, It())))

def raiser(x):
    raise ValueError('boom %s' % x)
t("map raises", lambda: list(map(raiser, [1])))
t("sorted key raises", lambda: sorted([1, 2], key=raiser))
t("max key raises", lambda: max([1, 2], key=raiser))
def mutate():
    xs = [3, 2, 1]
    def k(x):
        xs.append(0)
        return x
    xs.sort(key=k)
    return xs
t("sort mutate", mutate)
