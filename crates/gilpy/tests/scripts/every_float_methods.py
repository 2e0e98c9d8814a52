x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex("0x1.e000000000000p+1"))
print(x.real, x.imag, x.conjugate(), int(x), round(x), round(x, 1), x // 1, x % 1)
print(float("  +1.5  "), float("1_000.5"), float("NaN"), float("-Infinity"), float("1e-400"), float("1e400"))
import math
print(math.floor(3.7), math.ceil(-3.7), math.trunc(3.7), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1.0))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.radians(180))
print(math.exp(1), math.log(100, 10), math.pow(2, 10), math.sqrt(2))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.isqrt(99), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(1e308 * 10, -1e308 * 10, 2.5e-3, 1/7, 1e16 + 1, 0.1 + 0.7)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(format(1e-5, ".2g"), format(123.456, ".2g"), format(1234567.0, "g"), format(0.00001234, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1.005, ".2f"), format(-0.0, ".1f"))
