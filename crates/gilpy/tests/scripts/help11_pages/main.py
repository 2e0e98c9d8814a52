import shapes
from dataclasses import dataclass


@dataclass
class Point:
    """A point."""
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    def __repr__(self):
        return "Temp()"

    def __len__(self):
        return 1


help(shapes.circle)
help(shapes.Square)
help(Temp)
help(Temp().celsius.__class__ if False else Temp.__len__)
sq = shapes.Square(2)
help(sq.area)
f = lambda a, b=1: a + b
help(f)
print(len(__import__("pydoc").render_doc(shapes)) > 0)
