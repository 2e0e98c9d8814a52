from collections import deque, Counter, defaultdict, namedtuple, OrderedDict

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
print(3 in d, 99 in d, d.count(2), d.index(7))
d[0] = 100
del d[1]
print(d)
d.insert(1, 55)
d.remove(100)
d.reverse()
print(d, bool(d), bool(deque()))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
print(deque("abc") == deque(["a", "b", "c"]), deque([1]) + deque([2]))
e = deque()
try:
    e.pop()
except IndexError as ex:
    print("IndexError", ex)
try:
    e.popleft()
except IndexError as ex:
    print("IndexError", ex)
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    deque([1])[5]
except IndexError as ex:
    print("IndexError", ex)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)

# Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.most_common(2), c.total())
c.update("aaz")
c.subtract({"a": 2})
print(c.most_common(3))
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(sorted(Counter([1, 1, 2]).elements()), Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0))
print(Counter(), list(Counter("aab").items()), "a" in c, sorted(c.keys())[:3])
words = "the cat and the hat and the bat".split()
wc = Counter()
for w in words:
    wc[w] += 1
print(wc.most_common(1), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
del wc["the"]
print(wc)

# defaultdict
dd = defaultdict(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"].append(3)
print(dd, dd["x"], len(dd), "z" in dd, dd.get("z"))
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(sorted(di.items()), dict(di.items()) == {"h": 1, "e": 1, "l": 2, "o": 1})
dn = defaultdict(None, {"a": 1})
print(dn)
try:
    dn["b"]
except KeyError as ex:
    print("KeyError", ex)
print(defaultdict(lambda: "?")["k"], dd.default_factory)
for k in dd:
    print(k, dd[k])

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3(a=4, c=1), P3._field_defaults)
print(Point.__name__, sorted([Point(2, 1), Point(1, 5)]), p + (3,))
try:
    Point(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print("TypeError", ex)
try:
    p._replace(z=1)
except ValueError as ex:
    print("ValueError", ex)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as ex:
    print("ValueError", ex)
print(namedtuple("R", "a, _b, def", rename=True)._fields)

# OrderedDict
od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
od.move_to_end("a")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict([("x", 1)]), len(od), list(reversed(OrderedDict(a=1, b=2))))
