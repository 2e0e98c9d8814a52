from fractions import Fraction

a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a - b, a * b, a / b)
print(Fraction(6, 8), Fraction("3/4"), Fraction("0.125"), Fraction(0.5))
print(repr(Fraction(2, 4)), str(Fraction(5)))
total = sum(Fraction(1, n) for n in range(1, 6))
print(total, float(total), total.numerator, total.denominator)
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 3)), int(Fraction(-7, 3)))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 2) < Fraction(2, 3))
print(Fraction(3, 4) ** 2, Fraction(1, 10) + 1)
print(Fraction(1.1).limit_denominator(100), Fraction(355, 113).limit_denominator(10))
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(3, 4)]))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
