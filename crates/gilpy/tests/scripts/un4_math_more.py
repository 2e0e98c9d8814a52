# math.remainder, cbrt, exp2, nextafter, ulp (un4)
import math
for x, y in [(7, 3), (-7, 3), (7, -3), (5, 2), (7, 2), (-5, 2), (6, 4), (10, 4), (0.5, 1), (1.5, 1), (2.5, 1), (1e300, 3.5), (3, math.inf), (-0.0, 1), (4, 2)]:
    print(x, y, math.remainder(x, y))
for bad in [(math.inf, 1), (1, 0), (1, 0.0)]:
    try:
        math.remainder(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.isnan(math.remainder(math.nan, 1)))
print(math.cbrt(8), math.cbrt(-8), math.cbrt(1000), math.cbrt(125), math.exp2(10), math.exp2(0.5), math.exp2(-1))
try:
    math.exp2(5000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(-1.0, -2.0), math.nextafter(2.0, 2.0))
print(math.ulp(1.0), math.ulp(1e16), math.ulp(0.0), math.ulp(-3.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.nextafter(1.0, math.inf) - 1.0 == math.ulp(1.0), math.copysign(3, -0.0), math.fmod(-7, 3))
