# PEP 657 markers in traceback.format_exc(): calls, attributes, subscripts, binary
# operations, chained calls, multi-line expressions, whole-line statements, raise,
# nested functions, lambda, comprehension and chained exceptions.
import re
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc()
        text = re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], text)
        print(text, end="")


class A:
    def b(self):
        return None


def calls():
    return len(5)


def attr():
    a = A()
    return a.missing + 1


def sub():
    d = {"k": [1, 2]}
    return d["k"][5]


def binop():
    a, b = 1, "x"
    return a + b


def div():
    x = 3
    y = x / 0
    return y


def chained():
    a = A()
    return a.b().c


def multiline():
    return (1 +
            2 +
            "three")


def whole():
    len(5)


def rais():
    raise ValueError("bad value")


def outer():
    def inner(z):
        return z ** "2"
    return inner(3)


def lam():
    f = lambda q: q[0] // 0
    return f([4])


def comp():
    return [1 / (i - 2) for i in range(4)]


def gen():
    return sum(10 % k for k in [3, 2, 0])


def chain():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")


def cause():
    try:
        int("x")
    except ValueError as e:
        raise LookupError("no") from e


def parens():
    a = 5
    return (a) * (a - 5) + (1 / (a - 5))


for fn in [calls, attr, sub, binop, div, chained, multiline, whole, rais, outer,
           lam, comp, gen, chain, cause, parens]:
    show(fn)
