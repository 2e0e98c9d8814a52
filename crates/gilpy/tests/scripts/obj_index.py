# __index__ makes an object usable as an index: subscripts, slices, range(), hex/bin/oct.
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
xs = [10, 20, 30, 40]
print(xs[I(1)], xs[I(-1)], "abc"[I(2)], (1, 2, 3)[I(0)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), hex(I(255)), bin(I(5)), oct(I(8)))
print(xs[I(1):I(3)])
class B:
    def __index__(self): return "x"
try:
    xs[B()]
except TypeError as e:
    print("TypeError", e)
try:
    xs[1.5]
except TypeError as e:
    print("TypeError", e)
