class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1

a = A()
del a.x
print(hasattr(a, "x"), vars(a))
try:
    del a.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
del A.cls_attr
print(hasattr(A, "cls_attr"))
try:
    del A.__init__
    A()
    print("init deleted")
except AttributeError as e:
    print("AttributeError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
class B:
    pass
b = B()
b.__dict__["q"] = 1
print(b.q)
b.__dict__.clear()
print(hasattr(b, "q"))
try:
    del b.__dict__
    print("deleted __dict__", vars(b))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
