# dict operations, ordering, key equality, construction forms

d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 0), "a" in d, 2 in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d["b"] = 22
print(d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1, "a": "updated"})
d.update(y=2, z=3)
d.update([("w", 0)])
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
c.clear()
print(c, bool(c), bool(d))
del d["x"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)

print("-- ordering after deletes and re-inserts")
o = {}
for k in "pqrst":
    o[k] = ord(k)
del o["q"]
del o["s"]
o["q"] = "back"
o["p"] = "overwritten keeps position"
print(list(o), o)
for k in list(o):
    if k in "rt":
        del o[k]
o["r"] = 0
print(o)

print("-- equal keys: 1, 1.0 and True")
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k, len(k))
k2 = {True: "a", 1: "b", 1.0: "c", 0: "zero", False: "false", 0.0: "zerof"}
print(k2)
print({1: "x"} == {1.0: "x"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
print(k[1], k[1.0], k[True], (1, 2) in {(1.0, 2.0): None})

print("-- construction")
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict(zip(["one", "two"], [1, 2, 3])))
print({n: n * n for n in range(6)}, {w: len(w) for w in ["hi", "hello", "hi"]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, {v: k for k, v in {"x": 1, "y": 2}.items()})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))

print("-- nested dicts")
tree = {"root": {"left": {"value": 1}, "right": {"value": 2, "extra": [1, 2]}}}
print(tree["root"]["right"]["extra"][1], tree["root"].get("middle", {}).get("value", "none"))
tree["root"]["left"]["value"] += 10
tree["root"].setdefault("middle", {})["value"] = 5
print(tree)
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
for section, values in config.items():
    if isinstance(values, dict):
        for key, value in values.items():
            print(f"{section}.{key} = {value!r}")
    else:
        print(f"{section} = {values!r}")

print("-- counting and grouping")
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[1]))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
by_letter = {}
for word in sorted(counts):
    first = word[0]
    if first not in by_letter:
        by_letter[first] = []
    by_letter[first].append(word)
print(by_letter)
letters = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters, sorted(letters, key=lambda ch: letters[ch], reverse=True))

print("-- iteration")
inventory = {"apples": 3, "pears": 0, "plums": 7}
for name in inventory:
    print(name, end=" ")
print()
for name, qty in inventory.items():
    print(f"{name:<8}{qty:>3}")
print([name for name, qty in inventory.items() if qty], sum(inventory.values()))
try:
    for name in inventory:
        inventory[name + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(inventory))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {(1, 2): 0}[(3, 4)]
except KeyError as e:
    print("KeyError:", e)
