# Many small method calls and bound methods: obj.method(...) in a loop, a bound method
# kept in a local, and methods calling other methods on self.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)

    def scaled(self, k):
        return self.x * k + self.y

    def get_x(self):
        return self.x


def main():
    a = Vec(3, 4)
    b = Vec(1, 2)
    total = 0
    bound = a.scaled
    getx = b.get_x
    for i in range(N):
        total += a.dot(b)
        total += a.norm2()
        total += bound(i & 15)
        total += getx()
    return total


print(main())
