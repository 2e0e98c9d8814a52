import typing
from typing import Generic, TypeVar

class C:
    pass

try:
    C[int]
except TypeError as e:
    print("TypeError:", e)

try:
    C()[0]
except TypeError as e:
    print("TypeError:", e)

print(list[int])
print(dict[str, int])
print(tuple[int, ...])
print(type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v

print(Box[int](3).v)

class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(G[int])
print(G["x", 2])

class Sub(G):
    pass
print(Sub[str])

class Meta(type):
    def __getitem__(cls, item):
        return "meta:" + str(item)

class M(metaclass=Meta):
    pass
print(M[5])

try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
print(type[int])
