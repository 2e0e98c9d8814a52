class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def hello(self):
        s = super()
        return s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, s.hello()
    @classmethod
    def make(cls):
        s = super()
        return s.__thisclass__.__name__, s.__self__.__name__, s.__self_class__.__name__, s.make()
class C(B):
    pass
print(C().hello())
print(C.make())
s = super(B, C())
print(repr(s), type(s).__name__)
print(repr(super(B, C)))
def f():
    return super().x
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)
x = 1
x += 2
for a, b in [(1, "a"), ("a", 1), ([1], 2), (None, None), (2.0, "x")]:
    try:
        a += b
    except TypeError as e:
        print("TypeError:", e)
    try:
        a **= b
    except TypeError as e:
        print("TypeError:", e)
    try:
        a |= b
    except TypeError as e:
        print("TypeError:", e)
