class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"

class Data:
    def __get__(self, obj, typ=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class GetOnlyWithDelete:
    def __get__(self, obj, typ=None):
        return "withdelete"
    def __delete__(self, obj):
        print("delete called")

class C:
    nd = NonData()
    d = Data()
    wd = GetOnlyWithDelete()

c = C()
print(c.nd, c.d, c.wd)
c.__dict__["nd"] = "inst-nd"
c.__dict__["d"] = "inst-d"
print(c.nd, c.d)
c.d = 5
print(c.__dict__["d"])
try:
    c.wd = 1
except AttributeError as e:
    print("AttributeError:", e)
del c.wd
print(C.nd, C.d)

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class D:
    s = SetOnly()
dd = D()
print(type(dd.s).__name__)
dd.s = 1
dd.__dict__["s"] = "inst"
print(dd.s)

# functions are non-data descriptors
class F:
    def m(self):
        return "method"
f = F()
print(f.m())
f.m = lambda: "instance attr"
print(f.m())
del f.m
print(f.m())

# descriptor on the metaclass
class Meta(type):
    @property
    def kind(cls):
        return "meta-prop " + cls.__name__
class K(metaclass=Meta):
    pass
print(K.kind)
print(hasattr(K(), "kind"))
