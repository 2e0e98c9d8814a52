# ExceptionGroup / BaseExceptionGroup: construction, attributes, split/subgroup/derive.
eg = ExceptionGroup("boom", [ValueError(1), TypeError("t"), ValueError(2)])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(eg.args)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))

b = BaseExceptionGroup("b", [ValueError(1)])
print(type(b).__name__)
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__, str(b2))
b3 = BaseExceptionGroup("b", [ValueError(1), SystemExit(3)])
print(type(b3).__name__)

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(match.message, match.exceptions)
match, rest = eg.split((TypeError, KeyError))
print(repr(match), repr(rest))
match, rest = eg.split(OSError)
print(match, repr(rest), rest is eg)
match, rest = eg.split(Exception)
print(match is eg, rest)
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
m, r = nested.split(TypeError)
print(repr(m), repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))

d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d))

# metadata is copied to split parts
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    print(repr(m.__cause__), m.__notes__, m.__traceback__.tb_lineno == e.__traceback__.tb_lineno)
    print(repr(r.__cause__), r.__notes__)

# subclass with derive
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

me = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = me.split(ValueError)
print(type(m).__name__, repr(m), repr(r))

class PlainEG(ExceptionGroup):
    pass
m, r = PlainEG("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)

# constructor errors
for args in [("m",), ("m", []), ("m", 5), ("m", [1]), (5, [ValueError()]), ("m", [ValueError()], 3), ("m", None)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
try:
    eg.split(5)
except Exception as e:
    print(type(e).__name__, e)

class BEG(BaseExceptionGroup):
    pass
try:
    BEG("x", [ValueError()])
    print("BEG ok", type(BEG("x", [ValueError()])).__name__)
except Exception as e:
    print(type(e).__name__, e)

# catching with plain except
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except Exception as e:
    print("caught as Exception", e)
try:
    raise BaseExceptionGroup("g", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print("caught base", repr(e))
print(ExceptionGroup[int])
