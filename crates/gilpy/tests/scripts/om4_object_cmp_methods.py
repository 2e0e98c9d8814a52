class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return super().__eq__(o)
    __hash__ = object.__hash__
p = P(1)
print(p == P(1), p == p, p == 1, p.__eq__(1), P.__eq__(p, P(1)))
print(object.__eq__(p, p), object.__ne__(p, p), object.__lt__(p, p), p.__lt__(p))
class Q:
    pass
q = Q()
print(q.__eq__(q), q.__eq__(1), q.__ne__(1), q.__ne__(q), Q.__ne__ is object.__ne__)
print(hasattr(q, "__eq__"), hasattr(Q, "__gt__"), "__eq__" in dir(q))
class R:
    def __eq__(self, o):
        return "custom"
print(R().__ne__(1), R() != 1)
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __ge__(self, o):
        r = super().__ge__(o)
        return ("super ge", r)
print(Ord(1) < Ord(2), Ord(2) > Ord(1), Ord(1) >= Ord(0))
print((1).__ne__(2), str.__lt__("a", "b"))
class MyInt(int):
    pass
print(MyInt(3).__eq__(3), MyInt(3) == 3.0)
