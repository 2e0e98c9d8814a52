class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.args, e.code, repr(e))

class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoInitCall(1, 2)
print(e.args, str(e), repr(e))
print(Exception().args, str(Exception()), repr(Exception()))
print(str(Exception(1, 2)), str(Exception("x")), repr(ValueError("x", 1)))
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError("k")))
e = ValueError("a")
e.args = ("b", "c")
print(e, e.args)
class WithRepr(Exception):
    def __repr__(self):
        return "WR!"
print(repr(WithRepr("m")), str(WithRepr("m")))
try:
    raise OSError(2, "No such file", "f.txt")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
e = SystemExit(3)
print(e.code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u, u.start, u.end, u.reason)
class Attrs(Exception):
    pass
x = Attrs("m")
x.extra = 1
print(x.extra, x.__dict__)
print(issubclass(AppError, Exception), AppError.__mro__[1:])
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
e2 = Exception("n")
e2.add_note("note1") if hasattr(e2, "add_note") else None
print(getattr(e2, "__notes__", None))
