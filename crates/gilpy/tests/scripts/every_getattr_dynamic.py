class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        return f"<default {name}>"
c = Config(host="localhost", port=8080)
print(c.host, c.port, c.timeout, getattr(c, "port"), getattr(c, "x", "dflt"))
print(hasattr(c, "host"), hasattr(c, "anything"))
delattr(c, "host")
print(c.host)
class Strict:
    __slots__ = ("a",)
s = Strict()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n):
        print("forward", n)
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Point:
    pass
pt = Point()
try:
    pt.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "lower"]:
    print(getattr("MiXed", name)())
print(type("Dyn", (), {"x": 5})().x)
