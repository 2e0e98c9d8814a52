# An uncaught exception chain printed by the interpreter (CPython's C renderer): markers,
# a line with trailing spaces (kept, and then marked), a multi-line call, non-ASCII.


def worker(items):
    return items




def f(d):
    return d["名前"] * 2


def g():
    try:
        f({})  
    except KeyError as e:
        raise ValueError("wrapped " +
                         str(e)) from e


class K:
    pass


def h():
    try:
        g()
    finally:
        k = K()
        total = (k.a
                 .b)
        return total


print("before")
h()  # trailing comment
