class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * 10
s = Seq(4)
print(list(s), s[-1], s[1:3], 20 in s, 25 in s, list(reversed(s)))
print(sorted(s, reverse=True), sum(s), min(s), max(s), any(s), all(s))
a, b, *rest = s
print(a, b, rest, len(s), bool(Seq(0)))
class Cont:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = Iter()
print(list(it), list(it), next(iter(Iter())))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def keys(self):
        return self.d.keys()
m = Map()
m["a"] = 1
m["b"] = 2
del m["a"]
print(dict(m), {**m}, m.d)
try:
    m["zz"]
except KeyError as e:
    print("KeyError:", e)
