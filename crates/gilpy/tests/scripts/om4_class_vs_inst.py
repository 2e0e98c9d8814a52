class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)

a = Counter()
b = Counter()
print(Counter.count, a.count, b.items is Counter.items, a.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)

class Shadow:
    x = "class"
    def show(self):
        return self.x, type(self).x
s = Shadow()
print(s.show())
s.x = "inst"
print(s.show())
Shadow.x = "changed"
print(s.show(), Shadow().show())

class Sub(Shadow):
    pass
print(Sub.x, Sub().x, "x" in Sub.__dict__)
Sub.x = "sub"
print(Shadow.x, Sub.x)
del Sub.x
print(Sub.x)
try:
    del Sub.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Shadow.__dict__).__name__)
try:
    Shadow.__dict__["y"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(Shadow, "y", 2)
print(Shadow.y, Sub.y)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
