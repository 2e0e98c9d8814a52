class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, Mat):
            return NotImplemented
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return "rmatmul with " + type(o).__name__
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __neg__(self):
        return Mat([[-x for x in r] for r in self.rows])
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return Mat([[abs(x) for x in r] for r in self.rows])
    def __invert__(self):
        return Mat([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        return f"Mat({self.rows})"

a = Mat([[1, 2], [3, 4]])
print(a @ a)
print(5 @ a)
b = a
b @= Mat([[1, 0], [0, 1]])
print(b, b is a)
print(-a, +a, abs(-a), ~a)
try:
    a @ 5
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    abs("s")
except TypeError as e:
    print("TypeError:", e)
print(~5, -True, +False, abs(-3.5), ~True)
import operator
print(operator.matmul(a, a), operator.neg(3), operator.inv(0))
