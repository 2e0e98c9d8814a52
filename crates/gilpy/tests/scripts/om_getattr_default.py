class P:
    @property
    def bad(self):
        raise ValueError("prop failed")
    @property
    def missing(self):
        raise AttributeError("really missing")

p = P()
print(getattr(p, "nope", "dflt"), getattr(p, "missing", "dflt2"))
try:
    getattr(p, "bad", "dflt")
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(p, "bad")
except ValueError as e:
    print("ValueError:", e)
print(hasattr(p, "missing"), hasattr(p, "bad.x") if False else "-")
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(p, None)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr(None, "x", None))
class NA:
    pass
try:
    NA.zz
except AttributeError as e:
    print("AttributeError:", e)
try:
    NA().zz
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is not None)
try:
    (5).zz
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.zz
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(NA(), "x")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(NA, "__name__"), getattr(NA, "__dict__") is not None)
