class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
v = V(1, 2)
v.x = 5
print(v.x, v.y)
try:
    v.z = 3
except AttributeError as e:
    print(e)
class W(V):
    __slots__ = ("z",)
w = W(1, 2)
w.z = 9
print(w.x, w.z)
class D(V):
    pass
d = D(3, 4)
d.extra = 1
print(d.extra, d.__dict__)
class P:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = P()
p.v = 4
print(p.v)
try:
    p.q = 1
except AttributeError as e:
    print(e)
del v.x
try:
    print(v.x)
except AttributeError as e:
    print(e)
v.x = 7
print(v.x)
