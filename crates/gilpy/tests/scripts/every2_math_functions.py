import math

print(math.gcd(48, 180), math.gcd(0, 5), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(99), math.sqrt(2), math.factorial(10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.pi, math.e, math.tau, math.inf)
print(math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 10), round(math.cos(0), 1), math.atan2(1, 1))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e))
print(math.exp(0), math.pow(2, 10), 2 ** 10)
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(7, 3), math.modf(3.25))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0))
print(math.floor(7.9), math.ceil(7.1), type(math.floor(7.9)).__name__)
print(math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(sum(math.comb(5, k) for k in range(6)))
