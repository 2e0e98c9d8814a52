# Fast paths for str(int), split/join, case mappings, hashing and str-keyed dicts.
print([str(n) for n in (0, 9, 10, -1, -10, 2**63 - 1, -2**63, 2**64, -(2**70))])
print(str(7), str(-0), str(True), str(3.0), str(b"x"), str("s"), str())
print(",".join(["a", "b", ""]), "".join([]), "-".join(("x",)), "é".join(["a", "ü"]), ", ".join(c for c in "xyz"))
for bad in (["a", 1], ("a", None), [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("a,b,,c,".split(","), "a,b".split(",", 1), "".split(","), "x".split(","))
print("aéb".split("é"), "a||b||".split("||"), "  a \t b\n c  ".split(), "".split(), "a b c".split(None, 1))
print("a\u2003b\u00a0c".split(), " \x1c x \x1f y".split(), "  pad  ".strip(), "\u3000z\u3000".strip())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
for s in ("hello World", "ÉCOLE été", "ß straße", "ǆ title", "123 abc", ""):
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for n in (0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64 + 5, -(2**64)):
    print(n, hash(n))
print(hash("") == hash(""), hash("abc") == hash("ab" + "c"), hash(1.0) == hash(1), hash(True))
words = ["alpha", "beta", "gamma"]
counts = {}
for i in range(300):
    w = words[i % 3] + str(i % 7)
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["alpha0"], sorted(counts.items())[:3])

class Key:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        return self.s == (other.s if isinstance(other, Key) else other)

d = {Key("k"): 1, "m": 2}
print(d["k"], d[Key("m")], "k" in d, Key("z") in d)
