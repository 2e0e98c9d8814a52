# Grouping and counting with defaultdict: a real dict subclass.
import json
from collections import defaultdict

words = "apple avocado banana blueberry cherry apricot bean".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(isinstance(by_letter, dict), type(by_letter).__name__, by_letter.default_factory)
print(dict(by_letter))
print(json.dumps(by_letter, sort_keys=True))
print(by_letter == {"a": ["apple", "avocado", "apricot"], "b": ["banana", "blueberry", "bean"], "c": ["cherry"]})

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, len(counts), sorted(counts.items()))
print("z" in counts, counts.get("z"), "z" in counts)
print(counts["z"], "z" in counts)

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), list(nested))

c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts, c is counts)
c["new"] += 5
print("new" in counts, c["new"])

plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
plain.default_factory = set
plain["s"].add(1)
print(plain)

try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

dd2 = defaultdict(list, {"a": [1]}, b=[2])
print(dd2, dd2.keys(), list(dd2.values()))
merged = dd2 | {"c": [3]}
print(type(merged).__name__, merged)
dd2 |= {"d": [4]}
print(dd2)
print(repr(defaultdict(list)))
print(defaultdict(tuple, a=(1,)).pop("a"), dd2.setdefault("q", 9), dd2["q"])

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t["a"]["b"]["c"] = 1
print(isinstance(t["a"], Tree), t["a"]["b"]["c"], len(t))
