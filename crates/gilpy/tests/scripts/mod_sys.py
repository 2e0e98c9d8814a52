# The sys module: streams, version, platform, modules, path, argv, limits, exc_info.
import sys

print(type(sys.argv).__name__, len(sys.argv) >= 1, all(isinstance(a, str) for a in sys.argv))
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version.startswith("3.11"))
print(sys.platform, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.getdefaultencoding())
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print("__main__" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, isinstance(sys.path[0], str))

print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

# The standard streams.
n = sys.stdout.write("written directly\n")
print("write returned", n, sys.stdout.flush())
print("to stdout explicitly", file=sys.stdout)
print("this goes to stderr", file=sys.stderr)
sys.stderr.write("so does this\n")
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding)
print(hasattr(sys.stdin, "readline"), sys.stdout.writable(), sys.stdin.readable())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
sys.stdout = cap
print("hidden", 1, sep="-")
print("more")
sys.stdout = sys.__stdout__
print("captured:", cap.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

print(sys.intern("interned") == "interned")
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
