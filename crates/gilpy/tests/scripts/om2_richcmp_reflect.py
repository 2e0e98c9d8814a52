class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("N.__lt__")
        if isinstance(other, N):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        print("N.__gt__")
        if isinstance(other, (int, N)):
            return self.v > (other.v if isinstance(other, N) else other)
        return NotImplemented
    def __eq__(self, other):
        print("N.__eq__")
        return NotImplemented

print(N(1) < N(2))
print(3 < N(2))
print(N(5) > 2)
try:
    N(1) < "x"
except TypeError as e:
    print("TypeError:", e)
print(N(1) == N(1))
a = N(1)
print(a == a)
print(N(1) != 2)

class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
class Sub(Base):
    def __eq__(self, other):
        print("Sub.__eq__")
        return True
print(Base() == Sub())

class L:
    def __le__(self, o):
        return "L.le"
class R:
    def __ge__(self, o):
        return "R.ge"
print(L() <= R())
try:
    R() < L()
except TypeError as e:
    print("TypeError:", e)
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v)[0].v)
