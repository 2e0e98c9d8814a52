import decimal, datetime, collections, fractions, array, functools
from decimal import Decimal
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
t(lambda: Decimal(1) + 1.5)
t(lambda: 1.5 + Decimal(1))
t(lambda: Decimal(1) < "a")
t(lambda: datetime.date(2020, 1, 1) + 1)
t(lambda: datetime.timedelta(1) * "x")
t(lambda: collections.deque() + [1])
t(lambda: collections.OrderedDict() < 3)
t(lambda: fractions.Fraction(1) + "a")
t(lambda: array.array("i") + [1])
t(lambda: functools.partial(print) + 1)
class Decimal2(Decimal): pass
t(lambda: Decimal2(1) + 1.5)
x = Decimal(1)
def aug():
    global x
    x += 1.5
t(aug)
print(type(Decimal(1)).__name__, repr(Decimal(1)))
