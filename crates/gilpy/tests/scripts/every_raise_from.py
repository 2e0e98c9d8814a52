class ConfigError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as exc:
        raise ConfigError(f"bad value {s!r}") from exc

try:
    parse("abc")
except ConfigError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), e.__cause__)

try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise TypeError
except TypeError as e:
    print(repr(e), "|" + str(e) + "|")
