import math

class Num:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        print("round", ndigits)
        return Num(round(self.v, ndigits)) if ndigits is not None else round(self.v)
    def __trunc__(self):
        return int(self.v)
    def __floor__(self):
        return math.floor(self.v) - 100
    def __ceil__(self):
        return math.ceil(self.v) + 100
    def __repr__(self):
        return f"Num({self.v})"

n = Num(2.675)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
try:
    math.trunc("x")
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(125, -1), round(135, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))

class OnlyFloat:
    def __float__(self):
        return 3.7
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)
from fractions import Fraction
print(round(Fraction(7, 2)), math.floor(Fraction(-7, 2)))
class IntSub(int):
    pass
print(round(IntSub(5)), type(round(IntSub(5))).__name__)
from decimal import Decimal
print(math.sqrt(Fraction(9, 4)), round(math.sqrt(Decimal(2)), 6), math.floor(Decimal("2.7")))
class FloatSub(float):
    pass
print(math.floor(FloatSub(2.5)), math.trunc(FloatSub(-2.5)), math.sqrt(FloatSub(16.0)))
class Idx:
    def __index__(self):
        return 7
print(math.sqrt(Idx()), math.floor(Idx()))
class Bad:
    def __float__(self):
        return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print("TypeError:", e)
