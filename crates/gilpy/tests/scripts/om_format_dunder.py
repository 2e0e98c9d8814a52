class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"Money({self.cents})"

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, ">10.2f"))
print("{} {:short}".format(m, m))
print("{0!r:>20}".format("x"))
print(f"{m!s:>15}|")

class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)

class SubInt(int):
    pass
print(f"{SubInt(255):x}", format(SubInt(5), "03d"))
class Spec:
    def __format__(self, spec):
        return "[" + spec + "]"
w = 5
print(f"{Spec():{w}.{w}}", f"{Spec():abc}")
import datetime
print(f"{datetime.date(2020, 1, 2):%Y/%m/%d}")
