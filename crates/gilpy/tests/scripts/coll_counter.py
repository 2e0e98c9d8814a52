# Word counts with Counter: a real dict subclass.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick cat watches the fox"""
words = text.split()
wc = Counter(words)
print(wc.most_common(3))
print(wc["the"], wc["unicorn"], "unicorn" in wc, len(wc))
print(isinstance(wc, dict), wc.total())

letters = Counter("abracadabra")
print(letters)
print(letters.most_common())
print(letters.most_common(0), letters.most_common(2), letters.most_common(100)[:2])
print(sorted(letters.elements()))
print("".join(letters.elements()))

ties = Counter("zyxxyz")
print(ties, ties.most_common())

c = Counter(a=3, b=1)
d = Counter(a=1, b=2, c=4)
print(c + d)
print(c - d)
print(d - c)
print(c | d)
print(c & d)
print(+Counter(a=2, b=0, c=-1), -Counter(a=2, b=0, c=-1))

e = Counter(a=3, b=1)
e += Counter(a=-5, c=2)
print(e)
e -= Counter(c=1)
print(e)
e |= Counter(c=7, d=1)
print(e)
e &= Counter(c=3, d=9)
print(e)

u = Counter()
print(u, repr(Counter()))
u.update("hello")
u.update({"l": 10, "z": 1})
u.update(h=2)
print(u)
u.subtract("lll")
u.subtract({"z": 3}, )
u.subtract(o=1)
print(u)
print(Counter({"x": 2, "y": -1}), Counter(x=1) == Counter(x=1, y=0), Counter(x=1) == {"x": 1})
del u["nothing"]
del u["h"]
print(u, u.total())
cp = u.copy()
print(type(cp).__name__, cp == u, cp is u)
print(dict(Counter("aab")), list(Counter("cab")))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2, b=1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as ex:
    print("NotImplementedError", ex)
try:
    Counter(a=1) + {"a": 1}
except TypeError as ex:
    print("TypeError", ex)

# Inventory: counts by category
sales = [("fruit", 3), ("veg", 2), ("fruit", 1), ("dairy", 5), ("veg", 4)]
inv = Counter()
for cat, n in sales:
    inv[cat] += n
for cat, n in inv.most_common():
    print(f"{cat:6} {n:3} {'*' * n}")
