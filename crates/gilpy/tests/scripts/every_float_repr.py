vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e-10, 1.0e300 * 10, 123.456, 5e-324, 1.7976931348623157e308,
        100.0, 1e16, 12345678901234567890.0, 0.5, -0.0, 3.0, 1e21, 1e-4, 1e-5]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3}")
print(float("1.10"), float(".5"), float("5."), 1.0 * 10 ** 15)
print(round(3.14159, 3), round(1e-9, 12), round(123.456, -1))
print(2.0 ** 0.5, 10 / 3, 22 / 7)
print(str(1.0), str(1e100), str(-1.5e-7))
print(f"{1e-7:f} {123456789.123:.1f} {0.1:.20f}")
print("%.15g %.17g" % (0.1, 0.1))
print(sum([1e100, 1.0, -1e100]), float(2**53 + 1))
print(int(1e20), int(-1.5e3), 7.0 // 2, 7.5 % 2, -7.5 % 2)
import math
print(math.fsum([0.1] * 10), math.trunc(-3.7), math.copysign(1, -0.0))
print(float("nan") == float("nan"), float("inf") > 1e308)
