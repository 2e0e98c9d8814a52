def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(50) // fact(48))
fib = [0, 1]
for _ in range(98):
    fib.append(fib[-1] + fib[-2])
print(fib[99])
n = 2 ** 127 - 1
print(n, n % 1000, n.bit_length(), hex(n))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 2 ** 10))
print(-(10 ** 25) // 7, -(10 ** 25) % 7, divmod(10 ** 25, -7))
print(abs(-10 ** 40), (10 ** 40) >> 100, 1 << 100, (1 << 100) & 0xFFFF)
print(int("123456789" * 4), str(10 ** 50)[:10])
print(10 ** 20 == 1e20, 10 ** 20 < 1e21, float(10 ** 20))
print(sum(range(10 ** 6)), 10 ** 18 * 10)
x = 12345678901234567890
print(x * x, x // 3, x % 97, -x, ~x)
print(f"{x:,}", f"{x:x}", f"{x:e}")
print(int.from_bytes((2 ** 70).to_bytes(9, "big"), "big"))
print(max(2 ** 64, 2 ** 63), sorted([2 ** 65, 1, -2 ** 65]))
print(hash(2 ** 61 - 1) == hash(0) or hash(2**61 - 1), round(2 ** 70, -20))
