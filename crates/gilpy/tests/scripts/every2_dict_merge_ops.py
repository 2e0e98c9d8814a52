defaults = {"color": "blue", "size": "M", "qty": 1}
user = {"size": "L", "qty": 3}
print(defaults | user)
print({**defaults, **user} == defaults | user)
merged = dict(defaults)
merged |= {"gift": True}
print(merged)
inventory = {"apples": 3, "pears": 0}
print(inventory.get("kiwis", 0), inventory.setdefault("kiwis", 7), inventory)
print(inventory.pop("pears"), inventory.pop("none", "default"))
try:
    inventory.pop("none")
except KeyError as e:
    print("KeyError:", e)
print(inventory.popitem(), inventory)
scores = {"ann": 88, "bob": 95, "cy": 70, "dee": 95}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores.values()))
print({k: v for k, v in scores.items() if v >= 88})
inverted = {}
for name, s in scores.items():
    inverted.setdefault(s, []).append(name)
print(inverted)
print(list(scores.keys()), list(scores.values())[:2], ("ann", 88) in scores.items())
d = dict(a=1, b=2)
d.update([("c", 3)], d=4)
print(d, len(d), list(reversed(d)))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d, dict.fromkeys("xy", 0))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("z", {}).get("b"))
