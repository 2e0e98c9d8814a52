# arbitrary-precision integers: growth past 64 bits, negatives, mixing with floats

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [20, 21, 25, 30, 50]:
    print(n, factorial(n))
print(len(str(factorial(100))), str(factorial(100))[:20], factorial(100) % 1000003)

for e in [62, 63, 64, 65, 100, 128, 200]:
    print(f"2**{e} = {2 ** e}")
print(2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64 - 1)

big = 2 ** 100
print(big // 3, big % 3, divmod(big, 7), big // -3, big % -3)
print(-big // 3, -big % 3, (-big) // 7, divmod(-big, 10 ** 9))
print(big * big, big - big, big + 1 - big, big // big)
print(big / 2 ** 90, 2 ** 100 / 3, big / big)
print(10 ** 30 // 10 ** 28, (10 ** 30 + 7) % 10 ** 15, -(10 ** 25) // 3)
print(abs(-big), -big, -(-big) == big, +big)

# overflow boundary of the fast path
x = 9223372036854775807
print(x + 1, x * 2, x * x, -x - 2, x // -1, (x + 1) // -1)
y = -9223372036854775808
print(y - 1, y * -1, -y, abs(y), y // -1, y % 7)
acc = 1
for i in range(70):
    acc = acc * 3 + 1
print("grown:", acc)
while acc > 1:
    acc //= 1000
print("shrunk:", acc, type(acc).__name__)

# comparisons between big ints and floats
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 > float("inf"), 10 ** 400 < float("inf"))
print(float(2 ** 100), float(-(3 ** 50)), int(1e20), int(-1.5e30))
print(2 ** 64 < 2 ** 64 + 0.5, 3 ** 40 == float(3 ** 40), int(float(3 ** 40)) - 3 ** 40)
print(max(2 ** 70, 1e21), min(-(2 ** 70), -1e22), sorted([2 ** 65, 1e19, -(2 ** 64), 3.5]))

# bitwise operations on big and negative ints
print(1 << 70, (1 << 70) >> 69, -1 << 70, (-1 << 70) >> 68, -(1 << 70) >> 100)
print((2 ** 80 - 1) & 0xFFFF, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 + 5), ~(2 ** 80))
print(-5 & 0xFF, -5 | 2, -5 ^ 3, ~-5, -(2 ** 70) & (2 ** 72 - 1))
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 12 << 2, 12 >> 2, -12 >> 2, -1 >> 10)
print(0xFF_FF, 1_000_000 * 1_000_000, 0x7fffffffffffffff + 0x1)

# digit sums and powers
print(sum(int(c) for c in str(2 ** 1000)))
print(str(7 ** 77)[-10:], len(str(7 ** 77)), 7 ** 77 % 10 ** 10)
print(10 ** 18, 10 ** 19, -(10 ** 19), 10 ** 19 // 10 ** 18)

# fibonacci far past 64 bits
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print("fib(300) =", a)

# gcd by Euclid on big numbers
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p

print(gcd(factorial(30), 2 ** 40 * 3 ** 5), gcd(2 ** 100 - 1, 2 ** 60 - 1), gcd(-48, 18))

# big ints as dict keys and in sets of values
d = {2 ** 70: "big", 2 ** 70 // 2 ** 69: "two", 2.0: "float two?"}
print(d)
print(d[2], d[1180591620717411303424], 2 ** 70 in d, 2.0 ** 70 in d)

# formatting big ints
n = 2 ** 70
print(f"{n:,}", f"{n:_}", f"{n:x}", f"{-n:>30}", f"{n:e}", "%d" % n, "%x" % n, str(-n))
