# Positional-only parameters (`/`).
def power(base, exp=2, /):
    return base ** exp


print(power(3), power(2, 10))
try:
    power(base=3)
except TypeError as e:
    print("TypeError:", e)


def mixed(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)


print(mixed(1, 2, 3))
print(mixed(1, 2, c=3, d=6, e=7))
try:
    mixed(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)


def with_kwargs(name, /, **kwargs):
    # `name` may also arrive as a keyword: it lands in kwargs.
    return name, kwargs


print(with_kwargs("x", name="y", other=1))
f = lambda x, /, y=1: x + y
print(f(1), f(1, 2), f(1, y=5))
try:
    f(x=1)
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, x, y, /):
        self.x = x
        self.y = y

    def scale(self, k, /):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(Vec(1, 2).scale(3))
try:
    Vec(1, 2).scale(k=3)
except TypeError as e:
    print("TypeError:", e)


def defaults(a, b=2, /, c=3):
    return a + b + c


print(defaults(1), defaults(1, 1), defaults(1, 1, c=1))
print(power(*[2, 3]), mixed(*[1, 2], **{"c": 9}))
