# special methods are looked up on the type, not the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-type-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "inst-repr"
print(len(c), repr(c), c.__len__(), c.__repr__())

class D:
    pass
d = D()
d.__add__ = lambda o: "inst-add"
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
D.__add__ = lambda self, o: "class-add"
print(d + 1)
D.__len__ = lambda self: 7
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return "<Meta-repr " + cls.__name__ + ">"
    def __iter__(cls):
        return iter([1, 2])
class K(metaclass=Meta):
    def __len__(self):
        return 3
print(len(K), len(K()), repr(K), list(K))

class G:
    def __getattr__(self, name):
        return lambda *a: "getattr-" + name
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
