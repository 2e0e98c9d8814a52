class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        if isinstance(o, (int, float)):
            return Money(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(self.v * k)
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __truediv__(self, k):
        return Money(self.v / k)
    def __rsub__(self, o):
        return Money(o - self.v)
    def __repr__(self):
        return f"Money({self.v})"

print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)]))
print(3 * Money(2), Money(2) * 3, Money(9) / 3, 10 - Money(3))
try:
    Money(1) * Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + Money(1)
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base())
class Sub2(Base):
    pass
print(Base() + Sub2())
class Mod:
    def __mod__(self, o):
        return "mod"
    def __rmod__(self, o):
        return "rmod"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __lshift__(self, o):
        return "lshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __and__(self, o):
        return "and"
    def __rxor__(self, o):
        return "rxor"
    def __ror__(self, o):
        return "ror"
    def __rfloordiv__(self, o):
        return "rfloordiv"
print(Mod() % 1, "%s" % Mod() if False else 1 % Mod(), divmod(Mod(), 2), divmod(2, Mod()))
print(Mod() << 1, 1 >> Mod(), Mod() & 1, 1 ^ Mod(), 1 | Mod(), 1 // Mod())
