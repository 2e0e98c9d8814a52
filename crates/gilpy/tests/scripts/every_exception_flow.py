def risky(x):
    if x == 1:
        raise ValueError("one")
    if x == 2:
        raise TypeError("two")
    if x == 3:
        return 1 / 0
    return "fine"
for x in range(5):
    try:
        r = risky(x)
    except (ValueError, TypeError) as e:
        print(x, "caught", type(e).__name__, e)
    except Exception as e:
        print(x, "generic", type(e).__name__, e)
    else:
        print(x, "result", r)
    finally:
        print(x, "cleanup")
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        raise
try:
    nested()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise ValueError("a", "b")
except ValueError as e:
    print(e.args, str(e))
e = None
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
class Retry(Exception): pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        print("succeeded after", attempts)
        break
    except Retry as r:
        print("retry", r)
import sys
try:
    raise IndexError("idx")
except IndexError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
