# PEP 604 unions: `X | Y` on classes, None and generic aliases
import types
from dataclasses import dataclass
import datetime

u = int | str | None
print(u, type(u), u.__args__, type(u) is types.UnionType)
print(int | str == str | int, (int | str) | float, int | int, hash(int | str) == hash(str | int))
print(list[int] | None, None | int, datetime.date | None)
print(issubclass(bool, int | str), isinstance(None, int | None), isinstance("x", u), isinstance(2.5, u))

def f(a: int | None = None) -> list[str] | None:
    return a
print(f.__annotations__)

@dataclass
class Task:
    title: str
    due: datetime.date | None = None
print(Task("x"), Task("y", datetime.date(2024, 1, 2)))

class Mine:
    pass
print(Mine | None, type(list[int]), types.GenericAlias)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
