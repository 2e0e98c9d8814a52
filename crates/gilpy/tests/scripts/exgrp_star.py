# try/except* semantics.
def show(e):
    return f"{type(e).__name__}({e!s}) {e.exceptions if isinstance(e, BaseExceptionGroup) else ''}"

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("V:", repr(e))
except* TypeError as e:
    print("T:", repr(e))

# naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e), type(e.exceptions[0]).__name__)

# unmatched rest is re-raised
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("handled", repr(e))
except ExceptionGroup as outer:
    print("rest:", repr(outer))

# naked unmatched goes through unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("naked rest:", repr(e))

# tuple of types, no name
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* (ValueError, TypeError):
    print("tuple matched")
except* OSError as e:
    print("os", repr(e))

# each handler runs at most once; handler order matters
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* Exception as e:
    print("first", repr(e))
except* ValueError as e:
    print("never")

# nested groups keep structure
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
except* ValueError as e:
    print("nested V", repr(e))
except* TypeError as e:
    print("nested T", repr(e))

# raising in a handler combines with the rest
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException as e:
    print("combined:", repr(e))
    for sub in e.exceptions:
        print("  ", repr(sub), repr(sub.__context__))

# bare raise re-raises the matched part (merged back into the original structure)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("reraised:", repr(e))

# raise in handler with a naked exception
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError("new")
except TypeError as e:
    print("naked raise:", repr(e), repr(e.__context__))

# both handlers raise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
except ExceptionGroup as e:
    print("two raised:", repr(e))

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("in f", repr(e))
    finally:
        print("f finally")
    return "f done"
print(f())

# sys.exc_info inside the handler is the matched group
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info", repr(sys.exc_info()[1]))

# the name is unbound after the handler
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

# errors: catching an ExceptionGroup type, non-exception types
for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print("TypeError:", e)

# loops around except* work (break outside the handler)
for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("x", [ValueError(i)])
    except* ValueError as e:
        print("loop", i, repr(e))
    if i == 1:
        break
print("done")
