x = 1
def f():
    return 0
g = globals()
print(g is globals(), f.__globals__ is g, g["x"], "f" in g)
y = 2
print(globals()["y"], g["y"])
del y
print("y" in globals(), "y" in g)
g["extra"] = 5
print(globals().get("extra"), type(f.__globals__).__name__)
exec("z = 10", g)
print(g["z"])
import json
print(json.dumps.__globals__["__name__"] if "__name__" in json.dumps.__globals__ else "?")
print(json.dumps.__globals__ is json.loads.__globals__, json.dumps.__globals__ is g)
