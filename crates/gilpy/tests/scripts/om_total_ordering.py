import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "V" + ".".join(map(str, self.t))

a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), a, b]))
print(max(a, b), min(a, b))

@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v > o.v
print(G(1) < G(2), G(3) <= G(2), G(2) >= G(2))
try:
    G(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
print(Version.__le__.__name__)
