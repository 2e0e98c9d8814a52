import sys
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.modules).__name__, "sys" in sys.modules)
print(sys.stdout is not None, hasattr(sys.stderr, "write"))
print(sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit if hasattr(sys, "int_info") else "")
def f():
    return sys._getframe().f_code.co_name if hasattr(sys, "_getframe") else "f"
print(f())
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit:", e.code)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit:", e.code)
print(sys.executable != "", isinstance(sys.version, str))
