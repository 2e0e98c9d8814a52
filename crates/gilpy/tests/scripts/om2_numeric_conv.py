class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __index__(self):
        return 3

n = N()
print(int(n), float(n), complex(n), [0, 1, 2, 3][n])
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyTrunc:
    def __trunc__(self):
        return 9
try:
    print(int(OnlyTrunc()))
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class IntSub(int):
    pass
class RetSub:
    def __int__(self):
        return IntSub(3)
r = int(RetSub())
print(r, type(r).__name__)
print(int("  12  "), int("1_000"), float(" 1e3 "), int(True), float(False))
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int("-0x1f", 16), int("0b101", 0), int("z", 36))
import math
print(math.isclose(complex(N()).imag, 2.0), abs(3 + 4j))
