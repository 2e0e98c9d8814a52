# `...`: the Ellipsis singleton as a placeholder body and as a value.
def todo():
    ...


class Stub:
    def method(self):
        ...

    attr = ...


print(todo())
print(Stub().method())
print(Stub.attr)
print(...)
print(repr(...), str(...))
print(type(...).__name__)
print(... is Ellipsis, ... == Ellipsis, Ellipsis is Ellipsis)
x = ...
print(x is ..., x is not None, bool(...))
print([..., 1, ...])
print({"k": ...})
print((...,))
print(f"{...}")
d = {...: "ellipsis key"}
print(d[...])
print(hash(...) == hash(Ellipsis))


def placeholder(arg=...):
    if arg is ...:
        return "no argument"
    return arg


print(placeholder(), placeholder(3))
