print(int("42"), int(" -7 "), int("1_000"), int(3.99), int("ff", 16), int("0b101", 0), int("z", 36))
print(float("3.14"), float(2), float("-inf"), float(" 1e-3 "))
print(str(42), str(3.0), str([1, 2]), str({"a": 1}), str((1,)), str(True))
print(bool(0), bool(""), bool([]), bool({}), bool(None), bool("0"), bool(0.0), bool([0]))
print(list("hi"), list((1, 2)), list({"a": 1}), list(range(3)), set([1, 1, 2]))
print(tuple([1]), dict([(1, 2)]), dict(zip("ab", [1, 2])))
print(chr(9731), ord("€"), hex(ord("A")), int("0x41", 16))
print(round(2.567, 1), int(round(2.5)), round(-0.5), round(1.5))
for s in ["12", "1.5", "abc", "", " 3 "]:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "->", e)
try:
    float("1.2.3")
except ValueError as e:
    print(e)
print(repr(str(b"ab")), bytes("hi", "ascii"), list(b"hi"))
print(complex("1+2j"), complex(3), int(True), float(False))
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 / 2).__name__)
print(int("٣"), "5" + str(5), 5 + int("5"), f"{5}" * 2)
