from collections import OrderedDict

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(repr(od.keys()))
print(repr(od.values()))
print(repr(od.items()))
print(od)
print(list(reversed(od)))
print(list(reversed(od.keys())))
print(list(reversed(od.values())))
print(list(reversed(od.items())))
od.move_to_end("a")
print(list(od))
od.move_to_end("a", last=False)
print(list(od))
print(od.popitem())
print(od.popitem(last=False))
print(od)
o1 = OrderedDict([(1, 1), (2, 2)])
o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, o1 != o2)
print(o1 == dict(o2), dict(o1) == o2)
print(o1 == OrderedDict([(1, 1), (2, 2)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("xyz", 0))
print(OrderedDict())
od3 = OrderedDict(a=1)
od3.setdefault("b", 5)
print(od3, od3 | {"c": 3})
print(type(od3.copy()).__name__, od3.copy())
print(len(od.keys()), "b" in od.keys())
