def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(loop_finally())


def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested_return())


def override():
    try:
        return 1
    finally:
        return 2


print(override())


def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("cleanup", n)
    return n


print(while_break())

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__)

try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("c") from k
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)


class MyErr(Exception):
    pass


class Sub(MyErr):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


try:
    raise Sub(7)
except MyErr as e:
    print(e, e.args, e.code, repr(e))

try:
    raise MyErr
except Exception as e:
    print(repr(e), str(e) == "")


def gen_errors():
    tests = [
        lambda: 1 / 0,
        lambda: 1 // 0,
        lambda: 5 % 0,
        lambda: 1.0 / 0,
        lambda: [1][5],
        lambda: (1,)[2],
        lambda: "ab"[9],
        lambda: {}["zz"],
        lambda: {}[(1, 2)],
        lambda: undefined_thing,
        lambda: None.foo,
        lambda: (3).foo,
        lambda: 1 + "a",
        lambda: "a" + 1,
        lambda: [] + (),
        lambda: 1 < "a",
        lambda: 5(),
        lambda: int("zz"),
        lambda: len(5),
        lambda: [1, 2].append,
        lambda: hash([]),
        lambda: {}.get(),
        lambda: iter(5),
        lambda: -"x",
    ]
    for t in tests:
        try:
            t()
            print("no error")
        except Exception as e:
            print(type(e).__name__ + ":", e)


gen_errors()


def f(a, b):
    return a + b


for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, z=2), lambda: f(1, 2, a=3)]:
    try:
        call()
    except TypeError as e:
        print(e)


def unbound():
    print(x)
    x = 1


try:
    unbound()
except UnboundLocalError as e:
    print(e)

for seq in [(1, 2), (1, 2, 3, 4)]:
    try:
        a, b, c = seq
    except ValueError as e:
        print(e)

try:
    raise
except RuntimeError as e:
    print(e)


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None, e)
        return self.swallow


with Ctx("a") as n1, Ctx("b") as n2:
    print("body", n1, n2)

with Ctx("outer", True):
    with Ctx("inner"):
        raise IndexError("oops")
print("after")


def ret_in_with():
    with Ctx("r"):
        return "returned"


print(ret_in_with())

try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)

try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
