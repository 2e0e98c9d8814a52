# Builtin calls with fast paths: int() of short decimal strings, two-int min/max,
# isinstance with one class; the general cases around them must still behave.
for s in ["0", "007", "-5", "+5", " 12 ", "1_000", "999999999999999999",
          "-999999999999999999", "9999999999999999999", "-9223372036854775808",
          "\u0661\u0662"]:
    v = int(s)
    print(repr(s), v, type(v).__name__)
for bad in ["", "-", "12a", "1__0", "--1", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("12", 10), int("12", 8), int("ff", 16), int("0x1f", 0))


class S(str):
    pass


print(int(S("42")), int(S("-3")))
print(min(3, 7), max(3, 7), min(5, 5), max(-1, -2), min(2, 1.5), max(True, 0))
print(min(3, 1, 2), max([4, 9, 2]), min(7, 3, key=lambda x: -x), max((), default=0))
a, b = 10**20, 10**20 + 1
print(min(a, b), max(a, b))
print(isinstance(1, int), isinstance("s", int), isinstance(True, int))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(S(), str))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (str, 2))
except TypeError as e:
    print("TypeError:", e)
# Tuple keys (memoisation): flat tuples hash in place, nested ones the general way.
print(hash((1, 2)), hash((1.5, True, -2)), hash(((1, 2), 3)), hash(()), hash((-1,)))
print(hash((1, "a")) == hash((1, "a")), hash((1, 2)) == hash((1.0, 2)))
memo = {(i, j): i * j for i in range(5) for j in range(5)}
print(memo[(3, 4)], (2.0, 3) in memo, ((1, 2), 3) in {((1, 2), 3): 0}, len(memo))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
