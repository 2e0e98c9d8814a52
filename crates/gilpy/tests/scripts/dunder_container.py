# __len__/__bool__ truthiness, __getitem__/__setitem__/__contains__/__call__,
# private name mangling, hasattr/getattr/setattr

class Grid:
    def __init__(self, w, h, fill="."):
        self.w = w
        self.h = h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.cells[r][c] = value

    def __contains__(self, value):
        return any(value in row for row in self.cells)

    def __len__(self):
        return self.w * self.h

    def __str__(self):
        return "\n".join("".join(row) for row in self.cells)


g = Grid(5, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 4] = "#"
print(g)
print(g[1, 2], g[0, 1], len(g))
print("@" in g, "x" in g, "x" not in g)

class Sparse:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print(f"  get {key!r}")
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print(f"  set {key!r} = {value!r}")
        self.data[key] = value

    def __len__(self):
        return len(self.data)

s = Sparse()
s["a"] = 1
s["a"] += 10
print(s["a"], s["zzz"], len(s))

# __getitem__ alone makes a class iterable and supports `in`
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq)
for v in Squares(3):
    print("square", v)

# truthiness
class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on

    def __len__(self):
        print("  __len__ called (never)")
        return 0

print(bool(Empty()), bool(Sized(0)), bool(Sized(2)))
print(bool(Flag(True)), bool(Flag(False)))
if Sized(0):
    print("sized(0) true")
else:
    print("sized(0) false")
print("not:", not Sized(3), not Flag(False))
print(Sized(0) or "fallback", (Sized(4) and "second").upper())
for value in [0, 0.0, "", [], (), {}, None, 1, -1, "0", [0], (None,), {0: 0}]:
    print(repr(value), bool(value))

# __call__
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, times=1):
        self.calls += 1
        return x + self.n * times

add5 = Adder(5)
print(add5(10), add5(10, times=3), add5.calls)
print([add5(i) for i in range(3)], add5.calls)
print(sorted([3, 1, 2], key=Adder(-10)))

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total

p = Polynomial(2, -3, 1)
print([p(x) for x in range(-2, 4)])

# private name mangling
class Account:
    def __init__(self, owner, pin):
        self.owner = owner
        self.__pin = pin
        self._hint = "protected by convention"

    def check(self, pin):
        return pin == self.__pin

    def __secret(self):
        return "secret method"

    def reveal(self):
        return self.__secret()

acc = Account("ann", 1234)
print(acc.check(1111), acc.check(1234))
print(hasattr(acc, "__pin"), hasattr(acc, "_Account__pin"))
print(getattr(acc, "_Account__pin"), acc._Account__pin, acc._hint)
print(acc.reveal(), acc._Account__secret())
try:
    acc.__pin
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Account):
    def __init__(self):
        super().__init__("sub", 0)
        self.__pin = "sub's own"

sub = Sub()
print(sub._Account__pin, sub._Sub__pin, sub.check(0))

# getattr / setattr / hasattr driven by strings
class Settings:
    color = "blue"

st = Settings()
for name in ["color", "size", "depth"]:
    print(name, hasattr(st, name), getattr(st, name, None))
setattr(st, "size", 12)
setattr(st, "color", "red")
print(st.size, st.color, Settings.color)
fields = {"a": 1, "b": [2], "c": "three"}
for k, v in fields.items():
    setattr(st, k, v)
print([getattr(st, k) for k in sorted(fields)])
print(getattr(st, "upper", "no"), getattr("abc", "upper")())
try:
    getattr(st, "missing")
except AttributeError as e:
    print("AttributeError:", e)
