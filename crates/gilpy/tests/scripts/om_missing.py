class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = len(str(key))
        return value

d = Default(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz"), "zz" in d)
print(d.setdefault("q", 9))

class NoStore(dict):
    def __missing__(self, key):
        return key * 2
n = NoStore()
print(n[3], n["x"], n)

class Raises(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Raises()["k"]
except KeyError as e:
    print("KeyError", e)

from collections import defaultdict, Counter
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd.default_factory)
c = Counter("abca")
print(c["z"], c["a"])
dd2 = defaultdict()
try:
    dd2["x"]
except KeyError as e:
    print("KeyError", e)

class Templ(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{a} and {b}".format_map(Templ(a="A")))
class Fancy(defaultdict):
    def __missing__(self, key):
        return "fancy-" + key
print(Fancy(int)["x"])
