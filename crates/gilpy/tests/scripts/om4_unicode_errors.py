u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(u, u.encoding, u.object, u.start, u.end, u.reason, u.args)
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.object, e.encoding, e.reason, isinstance(e, ValueError))
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object, e.reason)
try:
    "aéé".encode("ascii")
except UnicodeError as e:
    print(e, e.start, e.end)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError:", e)
try:
    UnicodeDecodeError(1, b"", 0, 1, "r")
except TypeError as e:
    print("TypeError:", e)
class MyErr(UnicodeDecodeError):
    pass
m = MyErr("ascii", b"\x80", 0, 1, "nope")
print(m, type(m).__name__, m.reason)
e = UnicodeEncodeError("latin-1", "\u20ac", 0, 1, "ordinal not in range(256)")
print(e, repr(e))
