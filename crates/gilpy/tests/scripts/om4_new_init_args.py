class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(3), int.__new__(I, 4), type(int.__new__(int, 5)))
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
print(L([1, 2]), list.__new__(L), tuple.__new__(tuple, [1]))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(D(a=1))
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=M):
    pass
print(type(C).__name__, str.__new__(str, "x"))
class Co:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(Co(1).a)
class Coop:
    def __init__(self, a):
        try:
            super().__init__(a)
        except TypeError as e:
            print("TypeError:", e)
Coop(1)
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
print(type(N(1, 2)).__name__)
for bad in [lambda: object.__new__(list), lambda: object.__new__(I), lambda: object.__new__(str)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class E(Exception):
    def __init__(self, m):
        super().__init__(m)
print(repr(E("x")))
