def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: bool) -> bool:
    return True


print(f.__annotations__)
print(f(1))


def g(x, y=2):
    return x


print(g.__annotations__)
print(g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
print(g.__dict__)

h = lambda q: q
print(h.__annotations__)


def only_ret() -> "list[int]":
    pass


print(only_ret.__annotations__)


def posonly(a: int, /, b: str, *, k: list) -> None:
    pass


print(posonly.__annotations__)


class C:
    T = dict

    def m(self, v: T, __p: int = 0) -> "C":
        return self

    def n(self):
        pass


print(C.m.__annotations__)
print(C().m.__annotations__)
print(C.n.__annotations__)


def outer():
    local_t = tuple

    def inner(z: local_t) -> local_t:
        return z

    return inner


print(outer().__annotations__)

order = []


def note(x):
    order.append(x)
    return x


def ev(a: note("a") = note("default"), *, k: note("k") = note("kwdefault")) -> note("ret"):
    pass


print(order)
print(ev.__annotations__)

f.__annotations__ = {"new": 1}
print(f.__annotations__)
