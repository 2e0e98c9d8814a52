# Imports: sibling modules, packages, sys.modules, sys.path, circular imports, errors.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, __name__)

import helper
import helper as again
from helper import X, get

print("same module:", helper is again, helper is sys.modules["helper"])
print("values:", X, get(), helper.X)
helper.bump()
helper.bump()
print("after bump:", helper.X, helper.get(), X, helper.items)
helper.X = 100
print("set from outside:", helper.get())
helper.new_attr = "n"
print("new attribute:", helper.new_attr)
del helper.new_attr
print("deleted:", hasattr(helper, "new_attr"))
print("names:", helper.__name__, os.path.basename(helper.__file__), get.__module__)
print(helper.Thing, helper.Thing.__module__, helper.Thing().method(), helper.Thing.method.__module__)
try:
    helper.missing
except AttributeError as e:
    print("AttributeError:", e)

import pkg
print(pkg.VALUE, pkg.describe(), os.path.basename(pkg.__file__))
print("package path:", [p == os.path.join(here, "pkg") for p in pkg.__path__])
print("mod loaded yet:", "pkg.mod" in sys.modules)
import pkg.sub.deep
print(pkg.sub.deep.NAME, pkg.sub.deep.USES, pkg.sub.SUB, pkg.mod.f())
from pkg import mod
print("from pkg import mod:", mod is pkg.mod, mod.__name__, mod.__package__)
from pkg.sub import deep as d
print(d.NAME)
import pkg.mod as pm
print(pm is mod)

import circ_a
print("circ_a complete:", circ_a.late, circ_a.circ_b.seen)

import queue
print(queue.Queue())
import time
print("time is built in:", hasattr(time, "sleep"))

try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import pkg.no_such
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from helper import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "<dir>"))
print(issubclass(ModuleNotFoundError, ImportError))

try:
    import broken
except ZeroDivisionError as e:
    print("import failed:", e, "| cached:", "broken" in sys.modules)
try:
    import badsyntax
except SyntaxError as e:
    print("SyntaxError at line", e.lineno, os.path.basename(e.filename))

try:
    import far_away
except ImportError:
    print("far_away not found yet")
sys.path.append(os.path.join(here, "extra"))
import far_away
print("after sys.path.append:", far_away.WHERE)

del sys.modules["helper"]
import helper as fresh
print("re-imported:", fresh is helper, fresh.X, helper.X)
import __main__
print(__main__.__name__, __main__.here == here)
