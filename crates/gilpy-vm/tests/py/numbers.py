n = 1
for i in range(1, 26):
    n *= i
print(n, n // 10 ** 20, n % 1000003, -n)
print(2 ** 63, 2 ** 64 - 1, -(2 ** 63), (2 ** 63) - 1 + 1 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
big = 10 ** 30
print(big > 10 ** 29, big == 10 ** 30, big - big, type(big - big).__name__)
print(big // 7, big % 7, -big // 7, -big % 7, divmod if False else 0)
print(1 << 70, (1 << 70) >> 69, 2 ** -1, 7 // -2, -7 // 2, 7 % -3, -7 % 3)
print(0.1 + 0.2, 1e16, 1e-7, 1.5e300 * 1e10, 3.0, -0.0, 1 / 3)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2 ** 0.5)
print(True + True, True * 3, 3 == 3.0, hash(1) == hash(1.0) == hash(True))
print(hash(0), hash(-1), hash(2 ** 61), hash(2 ** 70), hash(1.5))
print(abs(-3) if False else 3, ~5, -(-5), +5, 6 & 3, 6 | 3, 6 ^ 3)
print(int("-42"), int("ff", 16), int(3.99), int(-3.99), float("2.5"), float(3))
x = 5
x += 2 ** 64
x -= 2 ** 64
print(x, type(x).__name__)
print(10 ** 20 / 10 ** 10, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: "a", False: "b", 0.0: "c"}, len({1, 1.0, True}))
print((1, 2) == (1.0, 2.0), {(1, 2): 1}[(1.0, 2)], [1, 2] == [1, 2.0])
