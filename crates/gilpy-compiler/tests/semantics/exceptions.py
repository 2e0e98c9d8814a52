def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        r = 10 // n
    except ValueError as e:
        print("caught", e)
        return -1
    except (TypeError, KeyError):
        raise
    else:
        print("no error")
    finally:
        print("finally", n)
    return r
print(risky(2))
print(risky(0))
def f():
    try:
        return "from try"
    finally:
        print("cleanup first")
print(f())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("re-raise")
        raise
except KeyError as e:
    print("outer got", e)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
def g():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner fin")
        finally:
            print("outer fin")
print(g())
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert:", e)
def h():
    try:
        1 // 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("h fin")
print(h())
for i in range(3):
    try:
        raise ValueError(str(i))
    except ValueError as e:
        if i == 1:
            continue
        print("handler", e)
print("end")
