"""Relative imports inside packages (un4)."""
import rpkg
print(__doc__)
print(rpkg.__doc__, rpkg.util.__doc__, rpkg.consts.__doc__)
print(rpkg.helper(2), rpkg.consts.PI, rpkg.LABEL)
from rpkg.inner import deep
print(deep.where())
import rpkg.inner
print(sorted(k for k in vars(rpkg.inner) if not k.startswith("__")))
try:
    from rpkg.inner import toofar
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    import json.nonexistent
except ImportError as e:
    print(type(e).__name__, e)
try:
    import rpkg.util.sub
except ImportError as e:
    print(type(e).__name__, e)
