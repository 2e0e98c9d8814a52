# arithmetic dunders: normal, reflected (__radd__) and in-place (__iadd__)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * b)
print(a + 10, 10 + a)
print(b / 2, b // 2, Vec(7, -7) % 3)
print(-a, +a, abs(b))
print(sum([a, b, Vec(10, 10)]))
print(sum([a, b], Vec(0, 0)))
print(a == Vec(1, 2), a != Vec(1, 2), a == b)

try:
    a + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    "text" + a
except TypeError as e:
    print("TypeError:", e)

# in-place operators: __iadd__ mutates, falling back to __add__ rebinds
class Bag:
    def __init__(self, items=None):
        self.items = list(items or [])

    def __add__(self, other):
        print("  Bag.__add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("  Bag.__iadd__")
        self.items.extend(other.items)
        return self

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Bag({self.items})"


b1 = Bag([1, 2])
alias = b1
b1 += Bag([3])
print(b1, alias, b1 is alias)
b2 = b1 + Bag([4])
print(b2, b1, b2 is b1)

v = Vec(1, 1)
keep = v
v += Vec(1, 1)
print(v, keep, v is keep)
v *= 5
print(v)
v -= Vec(1, 1)
print(v)

# lists and ints behave the same way
xs = [1]
ys = xs
xs += [2]
print(xs, ys, xs is ys)
xs = xs + [3]
print(xs, ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)

# a Money class with reflected arithmetic and comparisons
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, n):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"


prices = [Money(199), Money(2500), Money(5)]
print(sum(prices))
print(3 * Money(333), Money(333) * 3)
print(max(prices), min(prices))
print(Money(-1050) + Money(25))

# pow, lshift and friends on a custom class
class Num:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e):
        return Num(self.v ** e)

    def __rpow__(self, base):
        return Num(base ** self.v)

    def __lshift__(self, n):
        return Num(self.v << n)

    def __and__(self, o):
        return Num(self.v & o)

    def __or__(self, o):
        return Num(self.v | o)

    def __xor__(self, o):
        return Num(self.v ^ o)

    def __invert__(self):
        return Num(~self.v)

    def __repr__(self):
        return f"Num({self.v})"


n = Num(6)
print(n ** 2, 2 ** n, n << 3, n & 3, n | 9, n ^ 5, ~n)
