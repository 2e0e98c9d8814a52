# UTF-16/UTF-32 codecs, extra error handlers, ord() of a byte
s = "hé🙂"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF_32_BE", "utf16"]:
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s, len(data))
print(b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"))
print(b"a\x00b".decode("utf-16-le", "replace"), b"a\x00b".decode("utf-16-le", "ignore"))
try:
    b"a\x00b".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x00\xdc".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("café €".encode("ascii", "xmlcharrefreplace"), "café €".encode("latin-1", "backslashreplace"))
print(b"ab\xff\xfe".decode("utf-8", "backslashreplace"), b"x\x80".decode("ascii", "backslashreplace"))
print(ord(b"a"), ord(bytearray(b"z")), ord("€"))
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".encode("utf-7x")
except LookupError as e:
    print("LookupError:", e)
