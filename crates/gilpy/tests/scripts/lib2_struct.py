# struct: packing binary records, as tutorials and file-format scripts do.
import struct

# A simple record: id, score, flag.
record = struct.pack("<IfB", 42, 3.5, 1)
print(record, len(record))
print(struct.unpack("<IfB", record))

# Network byte order header.
header = struct.pack("!HHI", 1, 2, 0xDEADBEEF)
print(header.hex())
version, kind, magic = struct.unpack("!HHI", header)
print(version, kind, hex(magic))

# Native alignment vs standard sizes.
for fmt in ["bih", "<bih", "@qb", "@bq", "=l", "l", "3s2xh", "?d"]:
    print(fmt, struct.calcsize(fmt))

# Strings and chars.
name = struct.pack("10s", b"gilpy")
print(name)
print(struct.unpack("10s", name)[0].rstrip(b"\x00").decode())
print(struct.pack("ccc", b"a", b"b", b"c"))
print(struct.pack("5p", b"hi"), struct.unpack("5p", struct.pack("5p", b"hello world")))

# Floats of each width.
for fmt in ["<e", "<f", "<d"]:
    data = struct.pack(fmt, 0.1)
    print(fmt, data.hex(), struct.unpack(fmt, data)[0])

# Reading many records at once.
points = [(1, 2), (3, -4), (-5, 6)]
blob = b"".join(struct.pack("<hh", x, y) for x, y in points)
print(blob)
for x, y in struct.iter_unpack("<hh", blob):
    print("point", x, y)

# The Struct class reuses a compiled format.
rec = struct.Struct("<i8sd")
print(rec.format, rec.size)
packed = rec.pack(7, b"widget", 9.99)
print(rec.unpack(packed))
buf = bytearray(rec.size + 4)
rec.pack_into(buf, 2, -1, b"bolt", 0.25)
print(buf)
print(rec.unpack_from(buf, 2))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2))

# Big numbers and booleans.
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8))
print(struct.unpack("<q", b"\xff" * 8), struct.pack("??", 0, "x"))

# Errors are struct.error with CPython's messages.
bad = [
    ("<h", (70000,)),
    ("<B", (-1,)),
    ("<I", (-1,)),
    ("<i", (2**31,)),
    ("<i", ("x",)),
    ("<d", ("x",)),
    ("<ii", (1,)),
    ("c", (b"ab",)),
    ("s", ("text",)),
    ("y", (1,)),
]
for fmt, args in bad:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print("unpack error:", e)
try:
    list(struct.iter_unpack("<h", b"abc"))
except struct.error as e:
    print("iter error:", e)
try:
    struct.pack("<e", 1e6)
except OverflowError as e:
    print("OverflowError:", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
