import functools

class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))

d = Data(5)
print(d.total, d.total, "total" in vars(d))
del d.total
print(d.total)
d.total = 99
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)

class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        @functools.cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
class Sub(Data):
    pass
print(Sub(3).total)
