class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)

g = MyGroup("m", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.code, g.args)
m, r = g.split(ValueError)
print(repr(m), m.code, repr(r), r.code)
try:
    raise g
except* TypeError as e:
    print("caught", type(e).__name__, e.code, repr(e))
except* ValueError as e:
    print("caught", type(e).__name__, e.code, repr(e))

class Init(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.extra = "x"
i = Init("i", [KeyError(1)])
print(repr(i), i.extra, str(i))
print(hash(memoryview(b"ab")) == hash(b"ab"))
import traceback
print(traceback.format_exception_only(ExceptionGroup("x", [ValueError()])))
