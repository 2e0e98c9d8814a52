from collections import namedtuple, defaultdict, Counter, OrderedDict
P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
print(defaultdict(list, [("a", 1)]), defaultdict(None, a=1))
d = defaultdict(list)
d["a"] = d
print(d)
print(P.x, type(P.x).__name__)
print(Counter("aab") == Counter("aba"), Counter(a=1, b=2) >= Counter(a=1))
c = Counter(a=1)
c.update(Counter(a=2, b=1))
print(c)
o = OrderedDict()
o["k"] = 1
o.move_to_end("k", last=False)
print(o, o.get("k"))
print(P._make((1, 2)) is not None, p.__getnewargs__(), P.__slots__)
P3 = namedtuple("P3", "a b c", defaults=(2, 3))
print(P3(1), P3._field_defaults)
