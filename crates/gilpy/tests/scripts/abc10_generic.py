# collections.abc classes in annotations: Sequence[float], Iterator[int],
# Callable[[int], str]; Hashable and Sized stay unsubscriptable. A dataclass keeps an
# __init__ written in its body.
from collections.abc import (Callable, Hashable, Iterable, Iterator, Mapping,
                             MutableSequence, Sequence, Sized)
from dataclasses import dataclass


def moving(xs: Sequence[float], n: int) -> Iterator[float]:
    for i in range(len(xs) - n + 1):
        yield sum(xs[i:i + n]) / n


print(list(moving([1.0, 2.0, 3.0, 4.0], 2)))
print(Sequence[float], Iterator[int], Mapping[str, list[int]], Iterable[tuple[int, ...]])
print(MutableSequence[int].__origin__ is MutableSequence, Sequence[int].__args__)
print(Callable[[int, str], bool], Callable[..., int])
print(Callable[[int], str].__args__)
for abc in (Hashable, Sized):
    try:
        abc[int]
    except TypeError as e:
        print(e)


@dataclass
class Base:
    a: int = 0


@dataclass
class Square(Base):
    def __init__(self, side):
        super().__init__(side * side)
        self.side = side


s = Square(3)
print(s, s.side)
