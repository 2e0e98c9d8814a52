b = bytes([104, 105, 0, 255, 39, 10])
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(bytes(3), bytes(), bytes("héllo", "utf-8"), bytes(bytes([1, 2])))
print(list(b[:2]), 104 in b, bytes([105]) in b, sum(b))
e = "héllo wörld".encode()
print(e, e.decode(), e.decode("utf-8"), len(e), e.hex())
print("abc".encode("ascii"), "é€".encode("latin-1", errors="replace"), "aé".encode("ascii", "ignore"))
for args in (("ascii",), ("latin-1",)):
    try:
        "x€€y".encode(*args)
    except UnicodeEncodeError as err:
        print(type(err).__name__, err)
try:
    "é".encode("ascii")
except UnicodeError as err:
    print(err)
for data in (bytes([255, 65]), bytes([0xe9, 0x41]), bytes([0xe2, 0x82])):
    try:
        data.decode()
    except UnicodeDecodeError as err:
        print(err)
    print(data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("latin-1"))
try:
    bytes([200]).decode("ascii")
except ValueError as err:
    print(err)
try:
    "x".encode("nope")
except LookupError as err:
    print(err)
x = bytes([1, 2]) + bytes([3])
print(x, x * 2, 2 * x, x == bytes([1, 2, 3]), x != x, x < bytes([1, 3]), hash(x) == hash(bytes([1, 2, 3])))
d = {x: 1}
print(d[bytes([1, 2, 3])], bytes.fromhex("de ad be ef"), bytes([0xab]).hex())
sep = bytes([44])
print(sep.join([bytes([97]), bytes([98])]), bytes("a,b,,c", "ascii").split(sep), bytes("  a b  ", "ascii").split())
s = bytes("  hi  ", "ascii")
print(s.strip(), s.lstrip(), s.rstrip(), s.strip().upper(), bytes("ABC", "ascii").lower())
h = bytes("hello world", "ascii")
print(h.startswith(bytes("he", "ascii")), h.endswith((bytes("x", "ascii"), bytes("ld", "ascii"))), h.find(bytes("o", "ascii")), h.find(111, 5), h.count(bytes("l", "ascii")), h.replace(bytes("l", "ascii"), bytes("L", "ascii"), 2))
ba = bytearray(bytes("abc", "ascii"))
ba.append(100)
ba.extend([101, 102])
ba[0] = 65
ba += bytes("!", "ascii")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__, bytes(ba), ba.pop(), ba)
ba[1:3] = bytes("XYZ", "ascii")
print(ba, bytearray(2), bytearray(), ba == bytes(ba), ba.decode())
try:
    hash(ba)
except TypeError as err:
    print(err)
for bad in (lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: ba.append(300),
            lambda: bytes([1]) + "s", lambda: "s" in bytes([1]), lambda: bytes([1])[5]):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as err:
        print(type(err).__name__, err)
print(repr(bytes([34])), repr(bytes([34, 39])), repr(bytes([92, 9, 13])), str(bytes([65])))
print(bool(bytes()), bool(bytes(1)), isinstance(b, bytes), [c for c in bytes([7, 8])])
