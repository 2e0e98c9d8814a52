def f(x):
    try:
        print("try", x)
        if x == 0:
            raise ZeroDivisionError("zero!")
        if x < 0:
            return "negative"
    except ZeroDivisionError as e:
        print("except", e)
        return "handled"
    else:
        print("else")
        return "fine"
    finally:
        print("finally")

for x in [1, 0, -1]:
    print("->", f(x))

def g():
    try:
        return "from try"
    finally:
        return "from finally"
print(g())

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i
print(h())

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)

try:
    raise TypeError("bad type")
except (ValueError, TypeError) as e:
    err = e
print(type(err).__name__, err)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
