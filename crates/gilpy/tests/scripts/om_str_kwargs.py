print(str(object="x"))
print(str())
print(str(b"x", encoding="utf-8"))
print(str(b"x\xff", errors="replace"))
print(str(b"x\xff", "latin-1"))
print(str(b"abc", "ascii", "strict"))
print(str(object=b"y"))
try:
    int(x="5")
except TypeError as e:
    print("TypeError:", e)
print(int("ff", base=16))
print(int("11", 2))
try:
    str(b"\xff", encoding="utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(5, encoding="utf-8")
except TypeError as e:
    print("TypeError:", e)
print(bytes("hé", encoding="utf-8"))
print(bytes("hé", "latin-1"))
print(bytes(source="ab", encoding="ascii"))
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
print(bytearray("ab", encoding="utf-8"))
print(float(x="1.5") if False else float("1.5"))
try:
    str(foo=1)
except TypeError as e:
    print("TypeError:", e)
print(repr(str(b"q")))
