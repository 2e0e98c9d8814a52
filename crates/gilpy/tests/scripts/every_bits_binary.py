def to_bin(n, width=8):
    return format(n, f"0{width}b")
for n in (0, 5, 255, 170):
    print(n, to_bin(n), bin(n).count("1"), n.bit_count() if hasattr(n, "bit_count") else "")
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print(flags)
x = 0b1011_0110
print(x, x >> 4, x & 0xF, (x >> 4) & 0xF, x ^ 0xFF, hex(x), oct(x))
print(-1 & 0xFF, -256 >> 4, ~0, ~-1, 1 << 64, (1 << 64) - 1)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)])
def gray(n):
    return n ^ (n >> 1)
print([to_bin(gray(i), 3) for i in range(8)])
print(int("11111111", 2), int("777", 8), int("DEAD", 16), 0xDEAD == 57005)
print((-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfb", "big", signed=True))
print(f"{0xCAFE:016b}", f"{-42:b}", f"{42:#010x}", f"{1234:o}")
