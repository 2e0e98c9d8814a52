class Obj:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return self.v == getattr(o, "v", o)
    __hash__ = None

a = Obj(1)
print([a] == [a])
print([Obj(1)] == [Obj(1)])
print((Obj(1), 2) == (Obj(1), 3))
print(a in [Obj(2), Obj(1)])
print([Obj(1)].index(1))
print([Obj(1), Obj(1)].count(Obj(1)))
l = [Obj(3), Obj(1)]
l.remove(1)
print(len(l), l[0].v)
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print({1: Obj(1)} == {1: Obj(1)})
n = float("nan")
print([n] == [n], (n,) == (n,))
