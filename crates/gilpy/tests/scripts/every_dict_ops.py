d = {"apple": 3, "banana": 5}
d["cherry"] = 7
print(d, len(d), "apple" in d, d.get("kiwi"), d.get("kiwi", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"apple": 10, "date": 1})
d.update(fig=2)
print(d)
print(d.pop("banana"), d.pop("nope", None), d.setdefault("egg", 4), d.setdefault("apple", 99))
print(d.popitem(), d)
d.pop("egg", None)
print(d, d.copy() == d, d.copy() is d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True)[:2])
print(dict.fromkeys("abc", 0), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print({**counts, "new": 1} | {"the": 0})
d2 = {"x": 1}
d2 |= {"y": 2}
print(d2, list(reversed(d2)))
try:
    d2["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d2.keys() & {"x", "z"}, d2.keys() - {"x"}, {"a": 1} == {"a": 1.0})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("z", "default"))
for k in sorted(counts):
    print(f"{k:>5}: {'*' * counts[k]}")
print(repr(d.keys()), repr({}.values()), repr({1: 2}.items()))
