def f(a: int) -> str:
    pass

print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
f.__annotations__ = {"x": 1}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
g.__annotations__["r"] = int
print(g.__annotations__)
try:
    g.__annotations__ = None
except TypeError as e:
    print("TypeError:", e)
class K:
    x: int
    y: str = "s"
print(K.__annotations__)
K.__annotations__ = {"z": float}
print(K.__annotations__)
