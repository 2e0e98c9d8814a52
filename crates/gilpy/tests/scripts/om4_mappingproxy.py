import types
class A:
    x = 1
    def m(self):
        pass
p = A.__dict__
print(type(p).__name__, type(p) is types.MappingProxyType)
print(p["x"], "x" in p, "nope" in p, p.get("nope", 7), p.get("x"))
A.y = 2
print("y" in p, p["y"], len([k for k in p if not k.startswith("__")]))
try:
    p["z"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del p["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    p["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k in p.keys() if not k.startswith("__")))
print(type(p.copy()).__name__, p.copy()["x"])
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, len(mp), mp["a"], list(mp), list(mp.items()))
d["c"] = 3
print(mp["c"], mp == {"a": 1, "b": 2, "c": 3}, mp | {"z": 0})
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(vars(A) is not None, type(vars(A)).__name__)
def f(self):
    return "bound"
bm = types.MethodType(f, A())
print(bm(), type(bm).__name__)
print(f.__get__(None, A) is f, f.__get__(A())())
a = A()
print(a.m == a.m, a.m != A().m, hash(a.m) == hash(a.m))
