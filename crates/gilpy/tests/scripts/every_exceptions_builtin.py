import sys
errors = [ArithmeticError, LookupError, ValueError, TypeError, OSError]
print([e.__name__ for e in errors])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in IndexError.__mro__])
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return f"bad types: {e}"
print(safe_div(1, 0), safe_div(1, 2), safe_div("a", 1))
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, str(e))
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), bool(str(e)))
e = KeyError("missing")
print(e.args, e.args[0], str(e))
try:
    int("x")
except Exception as e:
    print(e.__class__.__name__, e.__class__.__mro__[1].__name__)
class MyErr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise MyErr("ignored")
except MyErr as e:
    print(str(e), repr(e), e.args)
print(Exception("a", 1).args, str(Exception("a", 1)))
warn = UserWarning("careful")
print(isinstance(warn, Warning), warn)
