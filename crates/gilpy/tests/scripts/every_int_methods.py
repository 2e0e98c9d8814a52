print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x00\x10", "big"))
print(int(12).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).__add__(3), (7).__sub__(10), (7).__floordiv__(2), int.__mul__(6, 7))
print(format(255, "x"), format(255, "b"), format(-255, "#x"), format(3, "+05d"))
print(abs(-0), -0, 0 == -0, int("-0"), round(7, 2), round(-15, -1), round(25, -1), round(35, -1))
print(sum([1, 2, 3], 10), max([3, 1, 2]), min(3, 1, 2), max("a", "b", key=str.upper))
print(isinstance(True, int), True == 1, hash(True) == hash(1), {1: "a", True: "b"})
print(int.bit_count(7) if hasattr(int, "bit_count") else 3, (6).as_integer_ratio(), (42).is_integer() if hasattr(int, "is_integer") else "")
print(pow(10, -2), pow(-2, 3), pow(2, 0.5), 0 ** 0, 10 ** -1)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1).to_bytes(1, "big", signed=False) and (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 // -2)
