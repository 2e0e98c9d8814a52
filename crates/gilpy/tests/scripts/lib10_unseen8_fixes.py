# Found by the unseen8 batch: sequence-repeat errors, OrderedDict's mutation message,
# time.isoformat(timespec=...), the posixpath module.
class V:
    pass
for a, b in (("a", V()), (V(), "a"), ([1], V()), (V(), (1,)), ("a", 1.5), (b"x", V()), (V(), V()), ([1], "x")):
    try:
        a * b
    except TypeError as e:
        print(e)
    try:
        x = a
        x *= b
    except TypeError as e:
        print(e)
from collections import OrderedDict
from datetime import time
import posixpath, os.path
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)
print(list(OrderedDict(x=1, y=2)), [k for k in OrderedDict(z=0)])
t = time(14, 30, 5, 123)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(timespec=spec))
try:
    t.isoformat(timespec="days")
except ValueError as e:
    print("ValueError:", e)
print(posixpath.join("a", "b"), posixpath.sep, posixpath.splitext("x.tar.gz"), posixpath.join is os.path.join)
