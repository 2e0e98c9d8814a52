import traceback, sys

def show(fn):
    try:
        fn()
    except Exception as e:
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
        lines = traceback.format_exception(type(e), e, e.__traceback__)
        for line in lines:
            for sub in line.rstrip("\n").split("\n"):
                if sub.startswith("  File"):
                    sub = "  File ..."
                if sub.strip() and set(sub.strip()) <= set("~^"):
                    continue  # 3.11's error-location carets
                print("|", sub)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")

def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e

def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("clean") from None

def manual():
    e = ValueError("manual")
    e.__cause__ = KeyError("set by hand")
    raise e

show(implicit)
show(explicit)
show(suppressed)
show(manual)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError()
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except KeyError:
    pass

# The list shape: a frame's File line carries its source line.
def fail():
    return {}["missing"]

try:
    fail()
except KeyError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.count("\n") >= 2 for p in parts if p.startswith("  File")])
    print(all(p.startswith(("Traceback", "  File", "KeyError")) for p in parts))
