# Layered settings with ChainMap: command line over environment over defaults.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "ann"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["color"], settings["user"], settings["debug"])
print(len(settings), sorted(settings), list(settings))
print(settings)
print("user" in settings, "nope" in settings, settings.get("nope", 0), bool(ChainMap()))
print(settings.keys(), list(settings.items()), list(settings.values()))
print(("user", "ann") in settings.items(), "red" in settings.values())

settings["color"] = "blue"
print(cli, defaults["color"])
child = settings.new_child({"color": "green"})
print(child["color"], child.parents["color"], child.maps[-1] is defaults)
print(child.new_child(), ChainMap().new_child(a=1))
del child["color"]
print(child["color"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
try:
    child["zzz"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
print(settings.pop("debug"), settings["debug"])
c2 = settings.copy()
c2["x"] = 1
print("x" in settings, c2.maps[0], dict(c2) == dict(settings, x=1))
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}))
print(ChainMap.fromkeys("ab", 0), settings.setdefault("new", 5), cli)
settings.update({"k": 1}, j=2)
print(cli, dict(settings)["k"])

# Nested scopes, as an interpreter keeps them
scopes = ChainMap({"x": 1, "len": len})
inner = scopes.new_child({"x": 2})
innermost = inner.new_child({"y": 3})
print(innermost["x"], innermost["y"], innermost.parents.parents["x"])
