# int/float mixing, floor division and modulo with negatives, powers, divmod, round

print(7 + 2, 7 - 2, 7 * 2, 7 / 2, 7 // 2, 7 % 2, 7 ** 2)
print(7 + 2.0, 7 * 2.0, 6 / 3, type(6 / 3).__name__, 6 // 3, type(6 // 3).__name__)
print(1 + True, True + True, True * 10, False - 1, type(True + 1).__name__)
print(3 == 3.0, 1 == True, 0 == False, 0.5 == 1 / 2, 1 == 1.0 == True)

print("-- floor division and modulo with negatives (ints)")
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (-1, 10), (10, -1)]:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")

print("-- floats")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.1), (-0.5, 1)]:
    print(a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5.5 % 1, -5.5 % 1)

print("-- powers")
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3, (-2) ** 3, -2 ** 2, (-2) ** 2)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 0 ** 0, 0.0 ** 0, 1 ** -5)
print(2 ** 8, 3 ** -1, (-8) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(4 ** 0.5).__name__)

print("-- abs and unary")
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), -(-3), +(-3), -0)

print("-- round: half to even, ndigits")
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(2.5, 0), round(-2.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(0.125, 2), round(0.375, 2), round(10.0 / 3, 4))

print("-- int() and float() conversions")
print(int(3.9), int(-3.9), int(-0.5), int("42"), int("  -17  "), int("+8"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0b1010", 0), int("0o17", 0), int("0xAb", 0), int("10", 0))
print(int(True), int(False), int(1e10), int(2.0 ** 60))
print(float("3.5"), float("  -2  "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float(7), float("1_000.5"), float(".5"), float("5."), float(True))
print(bool(0), bool(0.0), bool(-1), bool(1e-300), str(12), str(1.50))

print("-- min, max, sum")
print(min(3, 1, 2), max(3, 1, 2), min([4.5, 2, 3]), max("apple", "pear", "fig"))
print(min([-5, 3, -1], key=abs), max([-5, 3, -1], key=abs), max([], default="empty"))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], 5), sum([1.5, 2, True]))
print(min((2, "b"), (1, "z"), (1, "a")), max([[1, 2], [1, 2, 0], [0, 9]]))

print("-- chained comparisons")
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 < 3 < 2)
print(0 <= x < 5, 3 != x != 3, x < 10 != 11, -1 < 0 > -2)
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(5), calls)

print("-- mixing ints and floats in comparisons")
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 30 > 1e30)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))

print("-- integer helpers")
n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
print(f"{255:x} {-255:x} {8:o} {10:b} {-10:b} {0:#x} {255:#X}")
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
