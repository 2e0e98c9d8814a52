# reversed() over a dict and its views: CPython's iterator names, newest key first,
# and the size check when the dict grows meanwhile.
d = {"a": 1, "b": 2}
r = reversed(d)
print(type(r).__name__, list(r))
print(type(reversed(d.items())).__name__, list(reversed(d.items())))
print(type(reversed(d.values())).__name__)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(3))).__name__)
d2 = {1: 1, 2: 2}
it = reversed(d2)
print(next(it))
d2[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({})), list(reversed({1: 2}.values())))
