from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic,
                    Set, Iterable, Iterator, Sequence, Mapping, cast, TYPE_CHECKING)
import typing

T = TypeVar("T")
K = TypeVar("K")


def first(xs: List[int], default: Optional[int] = None) -> Optional[int]:
    return xs[0] if xs else default


def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def merge(a: Dict[str, int], b: Dict[str, int]) -> Dict[str, int]:
    out: Dict[str, int] = dict(a)
    out.update(b)
    return out


print(first([3, 4]), first([], 7), apply(str, 5), Box(3).get(), merge({"a": 1}, {"b": 2}))
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Tuple[int, str])
print(Callable[[int, str], bool], Any, List, Optional[Union[int, str]], Union[int, None], Union[int])
print(T, Set[T], Iterable[int], Sequence[str], Mapping[str, List[int]], Iterator[float])
print(cast(int, "x"), TYPE_CHECKING, typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]))
print(Union[int, str] == Union[int, str], List[int] == List[int], List[int] == List[str])
