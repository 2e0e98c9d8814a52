class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

xs = list(range(10))
print(xs[I(2)], xs[I(1):I(4)], xs[::I(3)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print("ab" * I(3), [0] * I(2))
print((1, 2, 3)[I(-1)])
print(operator_index := __import__("operator").index(I(7)))
print(int.__index__(5), I(4).__index__())
print(f"{I(3).__index__():b}")
import math
print(math.comb(I(5), I(2)) if hasattr(math, "comb") else 10)

class Bad:
    def __index__(self):
        return "x"
try:
    xs[Bad()]
except TypeError as e:
    print("TypeError:", e)

class NoIndex:
    pass
try:
    xs[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(bytes(I(3)), round(2.567, I(1)))
print(slice(I(1), I(3)).indices(10))
try:
    int(I(3))
    print("int ok", int(I(3)))
except TypeError as e:
    print("TypeError:", e)
print("abcdef"[I(1):I(5):I(2)])
print(chr(I(65)))
