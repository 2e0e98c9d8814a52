import json

config = {
    "name": "demo",
    "version": 3,
    "debug": False,
    "ratio": 0.75,
    "tags": ["alpha", "beta"],
    "owner": None,
    "limits": {"cpu": 2, "memory": "512M"},
}
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
print(json.dumps(config, separators=(",", ":")))
loaded = json.loads(text)
print(loaded == config, type(loaded["limits"]).__name__)
print(json.dumps({"city": "Zürich", "emoji": "☃"}))
print(json.dumps({"city": "Zürich"}, ensure_ascii=False))
print(json.dumps([1, "two", 3.0, True, None, (4, 5)]))
print(json.loads('[1, 2.5, "x", true, false, null, {"a": [ ]}]'))
print(json.loads('"line\\nbreak \\u00e9"'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps({2: "int key", "1": "str key"}, sort_keys=False))
