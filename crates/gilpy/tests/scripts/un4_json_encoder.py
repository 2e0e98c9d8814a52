# json.JSONEncoder / JSONDecoder subclasses through cls= (un4)
import json
from decimal import Decimal
from datetime import date

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)

data = {"tags": {"b", "a"}, "price": Decimal("9.90"), "day": date(2024, 1, 2)}
print(json.dumps(data, cls=SetEncoder))
print(json.dumps(data, cls=SetEncoder, indent=2, sort_keys=True))
print(SetEncoder().encode([frozenset([3, 1])]), "".join(SetEncoder(separators=(",", ":")).iterencode({"a": [1, 2]})))
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder().encode(1j)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder(default=repr).encode([1j]), json.JSONEncoder().encode({"k": None}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d

print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
print(PointDecoder().decode('{"p": {"x": 0, "y": -1}}'))
print(json.JSONDecoder().decode("[1.5, null]"), json.loads("2", cls=json.JSONDecoder))
