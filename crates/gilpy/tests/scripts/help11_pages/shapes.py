"""Shapes and their areas.

Longer description of the module.
"""

PI = 3.14159


class Square:
    """A square."""

    def __init__(self, side):
        self.side = side

    def area(self):
        """Return the area."""
        return self.side ** 2


def circle(r):
    """Area of a circle."""
    return PI * r * r
