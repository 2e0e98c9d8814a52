import types
def show(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

U = int | str
print(U, type(U).__name__, type(U) is types.UnionType)
print(U.__args__)
print(isinstance(3, U), isinstance("x", U), isinstance(3.5, U), isinstance(None, U | None))
print(issubclass(bool, int | float), issubclass(str, int | float))
print(int | int, (int | str) | int, int | (str | float))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(None | int, list[int] | None, int | list[str])
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), issubclass(B, int | A))
show("int | 3:", lambda: int | 3)
show("'a' | int:", lambda: "a" | int)
show("None | None:", lambda: None | None)
show("isinstance generic:", lambda: isinstance([], list[int]))
show("issubclass generic:", lambda: issubclass(list, list[int]))
def f(x: int | None, y: "str | bytes" = b"") -> dict[str, int] | None:
    return None
print(f.__annotations__)
d = {int | str: 1}
print(d[str | int])
print(isinstance(1, (str, int | float)))
