e = ValueError("bad")
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = "x"
try:
    e.add_note("y")
except TypeError as t:
    print("TypeError:", t)
import traceback
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("context note")
        raise
except KeyError as k:
    print(k.__notes__)
    print(traceback.format_exception_only(type(k), k) if hasattr(traceback, "format_exception_only") else None)
err = RuntimeError("final")
err.add_note("shown after the message")
raise err
