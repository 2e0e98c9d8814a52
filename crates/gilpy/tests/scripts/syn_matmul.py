# The `@` operator: __matmul__, __rmatmul__, __imatmul__.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmatmul__(self, other):
        return f"rmatmul with {other!r}"

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a @ b)
print(a @ b @ a)
print(3 @ a)
print([1] @ a)
c = a
c @= b
print(c, c is a)


class InPlace:
    def __init__(self, v):
        self.v = v

    def __imatmul__(self, other):
        self.v = self.v * 10 + other
        return self

    def __repr__(self):
        return f"InPlace({self.v})"


x = InPlace(1)
y = x
x @= 2
print(x, x is y)
for left, right in [(1, 2), (a, 5), ("s", a), ([1], [2])]:
    try:
        print(left @ right)
    except TypeError as e:
        print("TypeError:", e)
print(2 * 3 @ Matrix([[1]]) if False else "precedence ok")
