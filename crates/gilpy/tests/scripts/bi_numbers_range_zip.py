print((255).bit_length(), (-8).bit_length(), (0).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count())
print((10).as_integer_ratio(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), (0.0).hex(), (-2.0).hex())
r = range(1, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(range(0, 3) == range(0, 3, 1), range(0) == range(2, 2), range(1, 2) == range(1, 3), r.index(7), r.count(7), r.count(8))
try:
    r.index(8)
except ValueError as e:
    print(e)
print(list(zip([1, 2], "ab", strict=True)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
print(2**1024 / 2**1023, 10**30 / 10**10, (10**400 + 1) / 10**399, 1 / 3, 2**53 + 1 / 1)
print((2**64 + 1) / 3, 7 / -2, -(10**50) / 7)
try:
    2**2000 / 3
except OverflowError as e:
    print(e)
print(10**400 // 10**399, 3 / 10**400)
print(int("1" * 50), int("-" + "9" * 40), int("0x" + "f" * 30, 16), int(" 12_345 "))
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, True.real)
print("{0.real}".format(1), "{0.imag}".format(3), "{0.denominator}".format(7))
print((5).conjugate(), (2.5).conjugate(), True.conjugate(), (2**70).bit_length(), (2**70).real)
print((0.5).hex(), (1e-310).hex(), (123.456).hex(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])
