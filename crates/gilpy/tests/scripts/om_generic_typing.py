from typing import Generic, TypeVar, Protocol, runtime_checkable, Any, ClassVar, Optional, List, Dict

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
print(s.pop(), type(s).__name__, Stack.__name__)
print(Stack[int], Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
class StrPair(Pair[str, T]):
    pass
print(StrPair("a", 1).k, issubclass(StrPair, Pair))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class Cfg:
    limit: ClassVar[int] = 3
    name: Optional[str] = None
print(Cfg.limit, Cfg.__annotations__)
print(List[int], Dict[str, Any], Optional[List[int]])
print(T, T.__name__)
import typing
print(typing.get_type_hints(Cfg) == {"limit": ClassVar[int], "name": Optional[str]})
def f(x: "Stack[int]") -> None:
    pass
print(f.__annotations__)
