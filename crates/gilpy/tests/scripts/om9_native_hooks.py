# A builtin method stored as an attribute hook is called like a Python one.
class Rec(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__

r = Rec(a=1)
r.b = 2
print(r, r.a, r.b, hasattr(r, "zz"))
del r.a
print(r)
try:
    del r.nope
except KeyError as e:
    print("KeyError", e)

class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)

class Plain(Logged):
    # Back to the default behaviour for this subclass.
    __setattr__ = object.__setattr__

Logged().x = 1
p = Plain()
p.y = 2
print(vars(p))
