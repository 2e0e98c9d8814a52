def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: bool) -> bool:
    return a


def g(x):
    def inner(y: x) -> None:
        return y
    return inner
