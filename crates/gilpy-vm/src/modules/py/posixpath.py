"""`posixpath`: the POSIX path functions, which are what `os.path` is on this system
(the same function objects)."""

import os.path as _p

for _name in dir(_p):
    if not _name.startswith("__"):
        globals()[_name] = getattr(_p, _name)
del _name, _p
