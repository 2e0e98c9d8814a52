import json
data = {"name": "Alice", "age": 30, "langs": ["py", "rs"], "active": True, "score": 9.5, "spouse": None}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["langs"], type(back["age"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, false, {"k": [ ]}]'))
print(json.dumps("unicode: é ✓"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, (2, 3)]), json.dumps({1: "int key"}), json.dumps(1e20), json.dumps(0.1))
print(json.loads('"esc\\n\\t\\u00e9"'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": [1, {"b": []}], "c": {}}, indent=2))
class Obj:
    def __init__(self): self.x = 1
print(json.dumps(Obj(), default=lambda o: {"x": o.x}))
print(json.loads("123"), json.loads(" 1.5e2 "), json.dumps(None), json.dumps("a\"b"))
