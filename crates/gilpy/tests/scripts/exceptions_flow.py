# custom exception hierarchy, except clauses, else/finally ordering,
# return/break/continue through finally, re-raise, chaining

class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class NotFound(AppError):
    pass

def check(kind):
    if kind == "validation":
        raise ValidationError("age", "must be positive")
    if kind == "notfound":
        raise NotFound("user 42")
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "type":
        return 1 + "1"
    return "ok"

for kind in ["ok", "validation", "notfound", "value", "key", "type"]:
    try:
        result = check(kind)
    except ValidationError as e:
        print("validation:", e, "| field =", e.field, "| args =", e.args)
    except AppError as e:
        print("app error:", type(e).__name__, e)
    except (ValueError, KeyError) as e:
        print("value or key:", type(e).__name__, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error, result =", result)
    finally:
        print("  finally for", kind)

print(isinstance(ValidationError("f", "p"), AppError), isinstance(NotFound(), Exception))
print(isinstance(NotFound("x"), AppError), isinstance(ValueError(), AppError))

# ordering of try / except / else / finally
def trace(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
        log.append("try end")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(trace(False))
print(trace(True))

# return inside try: finally still runs; return in finally overrides
def f1():
    try:
        return "from try"
    finally:
        print("  f1 finally runs")

def f2():
    try:
        return "from try"
    finally:
        return "from finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f1())
print(f2())
print(f3())
print(f4())

# break and continue inside try/finally
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
print("loop done")

n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)

# nested try and re-raise with bare raise
def inner():
    try:
        int("abc")
    except ValueError:
        print("  inner handles, then re-raises")
        raise

def outer():
    try:
        inner()
    except ValueError as e:
        print("  outer caught:", e)
        return "handled"
    finally:
        print("  outer finally")

print(outer())

try:
    try:
        raise KeyError("k")
    except IndexError:
        print("not here")
    finally:
        print("inner finally")
except (IndexError, KeyError) as e:
    print("caught by the outer try:", type(e).__name__, e)

# raise from, and implicit context
try:
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("config missing") from e
except RuntimeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__), type(e.__cause__).__name__)
    print("context is cause:", e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print("from None:", e.__cause__)

# args, str and repr
for exc in [Exception(), Exception("one"), Exception("a", 2), ValueError(""),
            KeyError("key"), KeyError(3), KeyError("a", "b"), IndexError(0),
            NotFound("nf"), ValidationError("f", "p")]:
    print(type(exc).__name__, exc.args, "str=" + str(exc), "repr=" + repr(exc))

# exception objects are ordinary values
errors = []
for text in ["1", "x", "2.5", "3"]:
    try:
        errors.append(int(text))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print(str(errors[1]))

# the exception variable is cleared after the except block
try:
    raise AppError("temp")
except AppError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# assert
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("bare assert:", repr(e))

# catching BaseException subclasses
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit caught with code", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught:", type(e).__name__)
