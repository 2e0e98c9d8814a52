class B:
    pass
b = B()
b.x = 1
b.__dict__ = {"y": 2}
print(vars(b), hasattr(b, "x"))
try:
    b.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
del b.__dict__
print(vars(b))
b.z = 3
print(vars(b))
a = B()
a.p = 1
c = B()
c.__dict__ = a.__dict__
print(vars(c))
class DS(dict):
    pass
c.__dict__ = DS(k=1)
print(c.k, vars(c))
class S:
    __slots__ = ("s", "__dict__")
s = S()
s.s = 1
s.q = 2
del s.__dict__
print(s.s, hasattr(s, "q"))
