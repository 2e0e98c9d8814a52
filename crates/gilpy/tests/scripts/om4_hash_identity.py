class A:
    pass
a = A()
print(hash(a) == hash(a), a == a, a != A(), type(hash(a)).__name__)
print(A.__hash__ is object.__hash__, A.__eq__ is object.__eq__)
class B:
    def __eq__(self, o):
        return self is o
print(B.__hash__)
class C(B):
    __hash__ = object.__hash__
print(hash(C()) is not None)
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1), object().__eq__(object()))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(id(a) == id(a), id(A()) != id(a) or True)
