class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    a = Field()
    b = Field()
    def __init__(self):
        self.a = 1

m = Model()
print(m.a, m.b, Model.a.name, Model.b.private)
m.b = "x"
print(sorted(vars(m).items()))

# __set_name__ is not called for attributes added later
f = Field()
Model.c = f
print(hasattr(f, "name"))
f.__set_name__(Model, "c")
m.c = 3
print(m.c)

class Err:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class X:
        e = Err()
except Exception as e:
    print(type(e).__name__, e)

# same descriptor under two names
d = Field()
class Two:
    x = d
    y = d
print(d.name)

# type() call also triggers __set_name__
T = type("T", (), {"q": Field()})
print(T.q.name)
