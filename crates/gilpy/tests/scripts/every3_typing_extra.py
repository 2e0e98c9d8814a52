# typing names newer scripts import: TypedDict (class and call forms), Annotated, Self, ParamSpec
from typing import TypedDict, Annotated, Self, ParamSpec, TypeAlias, NotRequired, assert_never, is_typeddict

class Movie(TypedDict):
    title: str
    year: int

class Rated(Movie, total=False):
    stars: int

m: Movie = {"title": "Up", "year": 2009}
print(m, type(m), Movie(title="X", year=1), type(Movie(title="X", year=1)))
print(Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), sorted(Point.__annotations__), is_typeddict(Point), is_typeddict(dict))
Meters = Annotated[float, "unit"]
P = ParamSpec("P")
Vector: TypeAlias = list[float]
print(P, Self is not None, NotRequired is not None)

class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self
print(Builder().add("a").add("b").parts)
try:
    assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
print(repr(NotImplemented), str(NotImplemented))
