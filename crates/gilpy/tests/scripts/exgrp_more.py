# except*: nesting, generators, raise e, finally, notes, BaseExceptionGroup members.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield "V " + repr(e)
    except* TypeError as e:
        yield "T " + repr(e)
print(list(gen()))

def nested():
    try:
        try:
            raise ExceptionGroup("a", [ValueError(1), KeyError(2), TypeError(3)])
        except* ValueError as e:
            print("inner V", repr(e))
    except* KeyError as e:
        print("outer K", repr(e))
    except* TypeError as e:
        print("outer T", repr(e))
nested()

# raise e (the match) counts as raised anew, not as a re-raise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as g:
    print("raise e:", repr(g))

# finally runs after the rest is re-raised
def fin():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled V")
    finally:
        print("finally")
try:
    fin()
except* OSError as e:
    print("caller got", repr(e))

# BaseException members
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("V", repr(e))
except BaseExceptionGroup as e:
    print("rest", repr(e), type(e).__name__)

# notes survive the split
try:
    eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
    eg.add_note("note!")
    raise eg
except* ValueError as e:
    print(e.__notes__)
except* TypeError as e:
    print(e.__notes__)

# exception in the clause's type expression
try:
    try:
        raise ValueError(1)
    except* undefined_name:
        pass
except NameError as e:
    print("NameError", e)

# a handler that catches its own exception normally
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    try:
        raise KeyError("inside")
    except KeyError as k:
        print("inner caught", repr(k))

# loops inside except* may break/continue
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("i", i)

# subclasses are matched and kept
class MyErr(ValueError):
    pass
try:
    raise ExceptionGroup("eg", [MyErr("m"), ValueError("v")])
except* MyErr as e:
    print("MyErr", repr(e))
except* ValueError as e:
    print("ValueError", repr(e))

# a naked exception's re-raise wraps it
try:
    try:
        raise ValueError("n")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise of naked:", repr(e))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
