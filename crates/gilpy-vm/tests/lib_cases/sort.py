import random
random.seed(7)
class K:
    def __init__(self, k, i):
        self.k = k
        self.i = i
    def __lt__(self, o):
        return self.k < o.k
for n in [0, 1, 2, 15, 16, 17, 33, 100, 1000, 5000]:
    xs = [random.randint(0, n // 3 + 1) for _ in range(n)]
    ks = [K(x, i) for i, x in enumerate(xs)]
    a = [k.i for k in sorted(ks)]
    b = [k.i for k in sorted(ks, reverse=True)]
    c = sorted(xs, key=lambda x: -x)
    fl = [x + 0.5 for x in xs]
    d = sorted(fl + xs)
    e = sorted([str(x) for x in xs], reverse=True)
    tp = sorted([(x % 3, -x) for x in xs])
    ks.sort(key=lambda k: k.k % 5)
    print(n, sum(a[i] * (i + 1) for i in range(len(a))) % 1000003, sum(b[i] * (i + 1) for i in range(len(b))) % 1000003,
          c[:5], d[:5], e[:3], tp[:3], [k.i for k in ks[:5]])
