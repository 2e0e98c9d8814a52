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
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
print(object.__new__(A).__class__.__name__)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print("TypeError:", e)
