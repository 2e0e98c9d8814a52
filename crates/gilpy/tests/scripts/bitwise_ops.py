# bitwise operators, shifts and bit tricks on small, negative and big ints

def bits(n, width=8):
    return format_bits(n & ((1 << width) - 1), width)

def format_bits(n, width):
    out = ""
    for i in range(width - 1, -1, -1):
        out += "1" if (n >> i) & 1 else "0"
    return out

for a, b in [(12, 10), (255, 15), (-1, 7), (-8, 3), (0, -1), (170, 85)]:
    print(f"{a:>4} {b:>4} | & {a & b:>4} | | {a | b:>4} | ^ {a ^ b:>4} | ~a {~a:>4} | {bits(a)} {bits(b)}")

print("-- shifts")
for n in [1, 5, -5, -1, 1000]:
    print(n, [n << k for k in range(0, 5)], [n >> k for k in range(0, 5)])
print(1 << 64, 1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99, 3 << 62, (3 << 62) >> 62)
print(-1 >> 1000, 1 >> 1000, 12345678901234567890 >> 3, -12345678901234567890 >> 3)

print("-- big ints")
m = (1 << 90) - 1
print(m & 0xF0F0, m ^ (1 << 89), (1 << 90) | (1 << 3), ~(1 << 90), -(1 << 90) & 0xFFFF)
print((-(1 << 80)) | 1, (-(1 << 80)) ^ -1, (1 << 80) & -(1 << 40) == (1 << 80))

print("-- tricks")
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

def bit_length(n):
    n = abs(n)
    length = 0
    while n:
        n >>= 1
        length += 1
    return length

for n in [0, 1, 6, 64, 255, 1023, 1 << 70, (1 << 70) + 1]:
    print(n, popcount(n), is_power_of_two(n), bit_length(n))

flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print("flags", flags, bool(flags & READ), bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
flags ^= WRITE
print("flags", flags, [name for name, bit in [("r", READ), ("w", WRITE), ("x", EXEC)] if flags & bit])

x, y = 12, 34
x ^= y
y ^= x
x ^= y
print("xor swap", x, y)

print("-- precedence")
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 + 2 << 3, 1 + (2 << 3), -2 ** 2 & 7, ~0 + 1, 6 & 3 == 2)
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
