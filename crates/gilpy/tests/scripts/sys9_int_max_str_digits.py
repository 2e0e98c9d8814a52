import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 5000
for f in (lambda: str(big), lambda: int("7" * 5000), lambda: f"{big}"):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int("7" * 5000))), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=6000)
print(len(str(big)))
try:
    str(10 ** 7000)
except ValueError as e:
    print("ValueError:", e)
for bad in (100, -5):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
print(hex(10 ** 7000)[:10], len(bin(10 ** 7000)))
