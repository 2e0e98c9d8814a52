# Float and mixed int/float fast paths, identity compares, attribute slot hints and the
# type cache (issue 11): every result must match the general path's.
big = 2 ** 53
print(1.5 + 2, 2 + 1.5, 3 - 0.5, 0.5 * 4, 7 / 2.0, 7.0 / 2, -0.0 + 0, 1e308 * 10)
print(float(big + 1) == big + 1, big + 1 == float(big + 1), float(big) == big)
print(2.5 < 3, 3 < 2.5, 2.0 <= 2, 2 >= 2.0, 2 == 2.0, 2 != 2.0, float("nan") == float("nan"))
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 1.5
x += 2
x *= 2
x -= 0.5
print(x, -x, not True, not False)
a = [1]
b = a
print(a is b, a is not b, None is None, x is not None)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class Q(P):
    def __init__(self, y, x):
        # The same names stored in the other order: the slot hint of `self.x` misses.
        self.y = y
        self.x = x


ps = [P(1.0, 2.0), Q(3.0, 4.0), P(5, 6.5)]
print([p.x for p in ps], [p.norm() for p in ps])
P.norm = lambda self: -1
print([p.norm() for p in ps])
Q.norm = lambda self: -2
print([p.norm() for p in ps])
del Q.norm
print([p.norm() for p in ps])
ps[0].norm = lambda: "own"
print(ps[0].norm(), ps[1].norm())
del ps[0].x
print(hasattr(ps[0], "x"), ps[0].y)
ps[0].x = 9
print(ps[0].x)


class T:
    def __bool__(self):
        return False


t = T()
print(bool(t), "yes" if t else "no")
T.__bool__ = lambda self: True
print(bool(t), "yes" if t else "no")


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)


print((V(1.5) + V(2)).v)
V.__add__ = lambda self, o: "replaced"
print(V(1) + V(2))
for (p, [q, r], s) in [(1, [2.5, 3], 4), (5, (6, 7.5), 8)]:
    print(p, q, r, s)
