class A:
    cls_v = 1
    def m(self):
        pass
class B(A):
    def __init__(self):
        self.inst = 2
b = B()
names = dir(b)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
print(sorted(vars(b)), "cls_v" in vars(A), type(vars(A)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
import math
print("sqrt" in dir(math), [n for n in dir(B) if not n.startswith("_")])
def f():
    x = 1
    y = 2
    return sorted(dir())
print(f())
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
