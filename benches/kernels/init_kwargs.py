# Class instantiation with __init__ taking keyword arguments and defaults, plus a
# subclass calling super().__init__.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y=y)
        self.z = z


def main():
    total = 0
    for i in range(N):
        p = Point(i, y=2, label="a")
        q = Point(x=i)
        r = Point3(i, 1, z=3)
        total += p.x + p.y + q.x + q.y + r.z + len(p.label)
    return total


print(main())
