b = b"hello world"
print(b, len(b), b[0], b[:5], b[-1:], list(b[:3]))
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"))
print(b.hex(), bytes.fromhex("48656c6c6f"), b.startswith(b"he"))
print(bytes(5), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.decode(), bytes(ba))
ba.reverse()
print(ba, ba.pop(), ba)
print(b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
print(b"%s=%d" % (b"key", 5))
print("café".encode("utf-8"), "café".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"  pad  ".strip(), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(repr(b"\x00\n\t'\""), bytes([255, 127, 128]))
for byte in b"AZ":
    print(byte, chr(byte))
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd")
print(memoryview(b"abc")[1] if False else "skip", b"abcabc".count(b"bc"))
print(b"hello".title(), b"Hi".isalpha(), b"12".isdigit(), bytes.maketrans(b"a", b"b"))
