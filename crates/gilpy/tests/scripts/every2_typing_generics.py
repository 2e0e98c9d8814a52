from typing import (Any, Callable, Dict, Generic, Iterable, List, Optional,
                    Tuple, TypeVar, Union, Protocol)

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

def group_by(items: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out

def parse_pair(s: str) -> Tuple[str, int]:
    name, _, num = s.partition("=")
    return name, int(num)

def first(xs: List[Union[int, str]], default: Any = None) -> Union[int, str, None]:
    return xs[0] if xs else default

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return "hello"

def welcome(g: Greeter) -> str:
    return g.greet().upper()

s: Stack[int] = Stack()
for i in range(3):
    s.push(i * 10)
print(s.pop(), s.peek(), len(s))
print(group_by(["apple", "avocado", "banana", "blueberry", "cherry"], lambda w: w[0]))
print(parse_pair("port=8080"), first([]), first(["x", 1]))
print(welcome(English()))
count: int = 5
names: list[str] = ["a", "b"]
mapping: dict[str, tuple[int, ...]] = {"a": (1, 2)}
print(count, names, mapping)
def annotated(a: int, b: "str" = "x") -> None:
    pass
print(annotated(1))
