import json

data = {"name": "gil", "ok": True, "none": None, "n": [1, 2.5, -3, 1e100], "nested": {"a": [], "b": {}}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([1, {"b": 2, "a": 1}], separators=(",", ":"), sort_keys=True))
print(json.dumps("h\u00e9llo \"q\" \\ \n\t\x01 \U0001F600"), json.dumps("h\u00e9llo", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps(10**30))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]), json.dumps(0.1), json.dumps(1.0))
print(json.dumps({"a": 1}, indent="\t"), json.dumps([], indent=2), json.dumps([[]], indent=2))
print(json.dumps(object, default=lambda o: "<obj>"))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "d\\u00e9\\n", "e": -1.5e3, "f": true, "g": false}'))
print(json.loads("  [1, 2 , 3]  "), json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.loads("123"), json.loads("-0.0"))
print(json.loads("NaN") != json.loads("NaN"), json.loads("[Infinity, -Infinity]"), json.loads('"\\/"'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
for bad in ["", "[1,]", "{\"a\" 1}", "{'a': 1}", "[1] x", "\"abc", "[1 2]", "tru", "{\"a\":1,}", "\"\\x\"", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads("{\n  \"a\": 1,\n  \"b\": ]\n}")
except ValueError as e:
    print(type(e).__name__, e)
for bad in [{1, 2}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
