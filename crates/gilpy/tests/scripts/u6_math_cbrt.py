# math.cbrt follows the C library CPython calls (glibc), including its last-bit rounding.
import math

for x in [27, 8, 2, -27, 0.001, 1e-300, 1e300, 3, 10, 64, 125, -0.0, 0.0, 1 / 3, 729, 1000]:
    print(repr(x), repr(math.cbrt(x)))
print(math.cbrt(float("inf")), math.cbrt(float("-inf")), math.isnan(math.cbrt(float("nan"))))
print(math.cbrt(5e-324), math.cbrt(2.2250738585072014e-308))
cubes = [n ** 3 for n in range(1, 12)]
print([math.cbrt(c) for c in cubes])
print(sum(1 for c in cubes if math.cbrt(c) == round(math.cbrt(c))))
