# Subclasses of builtin types keep their type, run overridden methods, and still work
# with the builtin operations and methods.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2)
s.extend([3, 4])
print(type(s).__name__, s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), 2 in s, s[0], s[1:], list(s), sorted(s, reverse=True))
for x in s:
    print("item", x)
print(s == [1, 2, 3], s + [9], repr(s), str(s), bool(Stack()), bool(s))
s[0] = 10
del s[1]
print(s, s.index(3), s.count(10))


class Logged(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def append(self, x):
        print(self.name, "append", x)
        super().append(x)

    def __repr__(self):
        return f"Logged({self.name}: {list.__repr__(self)})"


lg = Logged([1, 2], "log")
lg.append(3)
print(lg, len(lg), lg.name)
list.append(lg, 4)
print(lg)


class Registry(dict):
    def __missing__(self, key):
        v = self[key] = key.upper()
        return v


r = Registry(a="x")
print(r["a"], r["b"], r, len(r), sorted(r.keys()), "b" in r, type(r).__name__)
r.update({"c": 3})
print(r.get("c"), r.get("zz", "default"), isinstance(r, dict))


class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counter()
for w in "abracadabra":
    c.add(w)
print(sorted(c.items()))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("hello")
print(n, repr(n), n.shout(), len(n), n[1], n + " world", type(n).__name__, isinstance(n, str))
print(n == "hello", n.startswith("he"), f"<{n}>", n.split("l"))


class Id(int):
    def __repr__(self):
        return f"Id({int(self)})"


i = Id(5)
print(i, i + 1, i * 2, i == 5, repr(i), type(i + 1).__name__, isinstance(i, int), i > 3)


class Money(float):
    pass


m = Money(2.5)
print(m, m * 2, type(m).__name__, round(m))


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))


p = Pair((1, 2))
print(p, p.swap(), len(p), p[0], type(p.swap()).__name__, p == (1, 2))


class Tags(set):
    pass


t = Tags([1, 2, 2, 3])
t.add(4)
print(sorted(t), len(t), 2 in t, type(t).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Point(3, 4)
print(pt, pt.x, type(pt).__name__)


class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
