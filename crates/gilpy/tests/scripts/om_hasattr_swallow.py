class Weird:
    def __getattr__(self, name):
        if name == "typeerr":
            raise TypeError("type error inside")
        if name == "attr":
            raise AttributeError("attr error")
        return 1

w = Weird()
print(hasattr(w, "anything"), hasattr(w, "attr"))
try:
    hasattr(w, "typeerr")
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(w, "typeerr", None)
except TypeError as e:
    print("TypeError:", e)

class SubAttr(AttributeError):
    pass
class S:
    @property
    def x(self):
        raise SubAttr("subclass")
print(hasattr(S(), "x"), getattr(S(), "x", "d"))

class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise RuntimeError("boom")
        raise AttributeError(name)
try:
    hasattr(GA(), "boom")
except RuntimeError as e:
    print("RuntimeError:", e)
print(hasattr(GA(), "other"))
class GA2:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "rescued " + name
print(GA2().foo)
class GA3:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    GA3().foo
except KeyError as e:
    print("KeyError:", e)
