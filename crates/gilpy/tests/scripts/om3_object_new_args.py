class A:
    pass
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, x):
        self.x = x
print(WithInit(1).x)
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(y=2)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(WithNew(1, 2)).__name__)
class BadNew:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    BadNew(1)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
print(object.__new__(A).__class__.__name__)
print(int.__new__(int, 5), str.__new__(str, 'a'), float.__new__(float, 1), tuple.__new__(tuple, [1]), dict.__new__(dict), list.__new__(list), set.__new__(set), type(Exception.__new__(Exception)), bool.__new__(bool, 1), frozenset.__new__(frozenset, [1]), bytes.__new__(bytes, b"x"))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(4))
import collections
