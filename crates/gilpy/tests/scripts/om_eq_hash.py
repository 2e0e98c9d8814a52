class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

print(A.__hash__)
try:
    hash(A(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {A(1)}
except TypeError as e:
    print("TypeError:", e)
print(A(1) == A(1), A(1) != A(1), A(1) != A(2))

class B(A):
    def __hash__(self):
        return hash(self.v)
print(len({B(1), B(1), B(2)}))

class C:
    pass
print(C.__hash__ is object.__hash__, C() == C())

class D(A):
    pass
print(D.__hash__)

class E:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(type(hash(E())).__name__)

class F:
    __hash__ = None
try:
    hash(F())
except TypeError as e:
    print("TypeError:", e)

from collections.abc import Hashable
print(isinstance(A(1), Hashable), isinstance(B(1), Hashable), isinstance(C(), Hashable))

class OnlyNe:
    def __ne__(self, other):
        return "ne-called"
print(OnlyNe() != 1, OnlyNe() == 1)

class HashBig:
    def __hash__(self):
        return 2**70
print(hash(HashBig()) == hash(2**70))
class HashBad:
    def __hash__(self):
        return "x"
try:
    hash(HashBad())
except TypeError as e:
    print("TypeError:", e)
