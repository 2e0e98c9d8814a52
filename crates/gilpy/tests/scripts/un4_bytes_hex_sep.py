# bytes.hex(sep, bytes_per_sep) (un4)
b = bytes(range(1, 8))
print(b.hex(), b.hex("-"), b.hex(":", 2), b.hex(":", -2), b.hex(b"_", 3), b.hex(" ", -3), b"".hex(":"), b"\xff".hex(":", 4), bytearray(b"ab").hex(","))
print(b.hex(sep="|", bytes_per_sep=2), b.hex(":", 0))
for bad in ["ab", "é", 1]:
    try:
        b.hex(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
