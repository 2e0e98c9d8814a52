from typing import TypeVar, TypeVarTuple, Generic

T0 = TypeVar("T0")
Ts = TypeVarTuple("Ts")


def cycle(elements: tuple[T0, *Ts]) -> tuple[*Ts, T0]:
    first, *rest = elements
    return (*rest, first)


numbers = ("one", "two", "three", "four")
print(f"{numbers} -> {cycle(numbers)}")
print(Ts, cycle.__annotations__["return"])
d = {(1, 2, 3): "x"}
k = (2, 3)
print(d[1, *k], d[*[1, 2, 3]])


class Arr(Generic[*Ts]):
    pass


print(Arr.__name__)
