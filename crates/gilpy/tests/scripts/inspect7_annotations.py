# inspect.signature shows annotations from __annotations__.
import inspect

def greet(name: str, greeting: str = "Hello", *args: int, punct="!", **kw: float) -> str:
    return greeting + name

sig = inspect.signature(greet)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind, p.annotation, p.default)
print(sig.return_annotation, inspect.signature(lambda x: x).return_annotation is inspect.Signature.empty)

class Point:
    def __init__(self, x: float, y: float = 0.0) -> None:
        self.x, self.y = x, y
    def dist(self, other: "Point") -> float:
        return 0.0

print(inspect.signature(Point))
print(inspect.signature(Point.dist), inspect.signature(Point(1).dist))
