# An LRU cache built on OrderedDict: a real dict subclass.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)


cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
cache.put("c", "c2")
cache.put("e", "E")
print(cache.data)
print(list(cache.data), list(cache.data.items()))

od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
print(isinstance(od, dict), od, repr(OrderedDict()))
od.move_to_end("x")
print(list(od))
od.move_to_end("z", last=False)
print(list(od))
od.move_to_end("z", False)
print(list(od))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a == {"b": 2, "a": 1}, dict(a) == dict(b), a != b)
print(a == OrderedDict(a=1, b=2))
c = a.copy()
c["c"] = 3
print(type(c).__name__, c, a)
print(list(reversed(c)), dict(c), len(c))
print(a | {"z": 0}, type(a | {"z": 0}).__name__)
print(c.pop("b"), c.setdefault("k", 7), c)
c.update([("m", 1)], n=2)
print(c)
del c["a"]
print(c, "a" in c)
print(OrderedDict.fromkeys("ab", 0))
