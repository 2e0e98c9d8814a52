# importlib: import_module, reload, find_spec, loading a file by path (un4)
import importlib
import importlib.util
import os
import sys

m = importlib.import_module("ipkg.tool")
print(m.run(), m.__name__, "ipkg.tool" in sys.modules)
rel = importlib.import_module(".tool", package="ipkg")
print(rel is m)
print(importlib.import_module("ipkg").VERSION)
try:
    importlib.import_module(".tool")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("no_such_mod_un4")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

import state
state.bump(); state.bump()
state.extra = "kept"
print(state.counter)
again = importlib.reload(state)
print(again is state, state.counter, state.extra)

spec = importlib.util.find_spec("state")
print(spec.name, os.path.basename(spec.origin), spec.submodule_search_locations, spec.parent)
pspec = importlib.util.find_spec("ipkg")
print(pspec.name, os.path.basename(pspec.origin), [os.path.basename(p) for p in pspec.submodule_search_locations], pspec.parent)
print(importlib.util.find_spec("nope_un4") is None, importlib.util.find_spec("json") is not None)
print(importlib.util.find_spec("ipkg.tool").parent, importlib.util.resolve_name(".x", "a.b"))

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "loose", "plugin_file.py")
spec = importlib.util.spec_from_file_location("my_plugin", path)
mod = importlib.util.module_from_spec(spec)
print("my_plugin" in sys.modules, mod.__name__)
spec.loader.exec_module(mod)
print(mod.hello("world"), mod.__doc__, mod.__spec__ is spec)
importlib.invalidate_caches()
