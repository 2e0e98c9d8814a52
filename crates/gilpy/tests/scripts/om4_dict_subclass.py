class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

d = LowerDict()
d["ABC"] = 1
print(d, d["abc"], d["AbC"], d.get("ABC"), "abc" in d)
d2 = LowerDict({"X": 1})
print(d2)
d2.update({"Y": 2})
print(d2, type(d2.copy()).__name__)

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, hasattr(ad, "zz"))

class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.hits = 0
    def __len__(self):
        return 100
d3 = Counting(a=1)
print(len(d3), d3.hits, bool(Counting()), list(d3))
print(d3 == {"a": 1}, isinstance(d3, dict), type(d3 | {"b": 2}).__name__)
class ListSub(list):
    def append(self, x):
        super().append(x * 2)
ls = ListSub([1])
ls.append(5)
ls.extend([7])
print(ls, type(ls[:]).__name__, type(ls + [1]).__name__, ls == [1, 10, 7])
class StrSub(str):
    def __str__(self):
        return "custom"
s = StrSub("real")
print(s, str(s), f"{s}", "%s" % s, s + "!", repr(s))
