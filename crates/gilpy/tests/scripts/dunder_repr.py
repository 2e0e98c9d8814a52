# __str__ and __repr__ in print, str, repr, f-strings and containers

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "<OnlyRepr " + self.tag + ">"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, 2)
q = Point("a", 2.5)
print(p)
print(q)
print(str(p), repr(p))
print(str(q), repr(q))
print(f"{p}", f"{p!r}", f"{p!s}")
print("%s and %r" % (p, p))
print("{} and {!r}".format(q, q))
print([p, q])
print((p,))
print({"k": p})
print({p.x: [q]})
print(str([p]))
print(repr("x"), [repr(p)])

o = OnlyRepr("t")
print(o, str(o), repr(o), [o], f"{o}")

s = OnlyStr()
print(s, str(s), f"{s}")
r = repr(s)
print(r.startswith("<__main__.OnlyStr object at "))
print(repr([s])[:20] == "[<__main__.OnlyStr o")

# nested objects in repr
class Box:
    def __init__(self, *items):
        self.items = list(items)

    def __repr__(self):
        return f"Box({', '.join(repr(i) for i in self.items)})"

    def __str__(self):
        return "Box of " + str(len(self.items))

b = Box(p, "s", 3, Box(1.5))
print(b)
print(repr(b))
print([b])
print(f"{b!r:>50}|")
print(f"{str(b):*^20}")

# __str__ falls back to __repr__ and subclasses inherit them
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

p3 = Point3(1, 2, 3)
print(p3, repr(p3), [p3])

class Quiet(OnlyRepr):
    pass

print(Quiet("q"), [Quiet("r")])

# __str__ returning something used with print's sep and end
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents

wallet = [Money(5), Money(1999), Money(100000)]
print(*wallet, sep=" | ", end=" <end>\n")
print(wallet)
for m in wallet:
    print(f"[{str(m):>10}] [{str(m):<10}]")
print(", ".join(str(m) for m in wallet))
print(", ".join(repr(m) for m in wallet))

# built-in reprs in containers
print([1, 2.0, "three", None, True, (4,), [], {}, {"a": (1, 2)}])
print(str(None), str(True), str(1.0), str(-0.0), str("s"), str([1, "s"]))
print(repr(None), repr(False), repr(1e100), repr("it's"), repr('say "hi"'))
