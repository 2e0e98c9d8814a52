class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "lazy:" + name

o = Lazy()
print(o.real, o.missing)
print(getattr(o, "other", "dflt"))
print(hasattr(o, "_private"), getattr(o, "_p", "none"))

class Tracked:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name

t = Tracked()
t.secret = 5
print(t.secret)
print(t.__dict__)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)

l = Logged()
l.x = 3
l.keep = 1
print(l.x, vars(l))
del l.x
try:
    del l.keep
except AttributeError as e:
    print("AttributeError:", e)
try:
    del l.nothere
except AttributeError as e:
    print("AttributeError:", e)
print(vars(l))

class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Prop().p)

class Boom:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Boom(), "x")
except KeyError as e:
    print("KeyError propagates", e)
print(hasattr(Lazy(), "y"))
