import functools

def traced(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

def tagged(fn):
    fn.tag = "v1"
    fn.calls = 0
    return fn

@traced
@tagged
def scale(x: float, k: int = 2) -> float:
    "Scale x by k."
    return x * k

print(scale(3), scale.__name__, scale.__doc__, scale.__annotations__)
print(scale.tag, scale.calls, sorted(scale.__dict__))
def plain():
    pass
plain.__module__ = "elsewhere"
plain.__doc__ = "set later"
plain.note = 1
print(plain.__dict__, plain.__module__, plain.__doc__)

class Switch:
    def __init__(self):
        self.state = "off"
    def _set(self, value, source="manual"):
        self.state = value
        return f"{value} by {source}"
    on = functools.partialmethod(_set, "on")
    off = functools.partialmethod(_set, "off", source="timer")

    @classmethod
    def build(cls, label, n):
        return f"{cls.__name__}:{label}:{n}"
    default = functools.partialmethod(build, "default")

s = Switch()
print(s.on(), s.state, s.off(), s.state, s.on(source="app"))
print(Switch.on(s), Switch.default(3), s.default(4))
print(type(Switch.__dict__["on"]).__name__, Switch.__dict__["on"].args)
