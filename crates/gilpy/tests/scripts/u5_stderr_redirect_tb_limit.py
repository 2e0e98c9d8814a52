# print(file=sys.stderr) follows a replaced sys.stderr; traceback limit= trims frames
import contextlib
import io
import sys
import traceback

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print(repr(err.getvalue()))
print("to real stdout", file=sys.__stdout__)


def inner():
    raise ValueError("deep")


def outer():
    inner()


for limit in (None, 0, 1, -1, 5):
    try:
        outer()
    except ValueError:
        lines = traceback.format_exc(limit=limit).splitlines()
        print(limit, len([l for l in lines if l.startswith("  File")]), lines[0], lines[-1])
try:
    outer()
except ValueError:
    traceback.print_exc(limit=0, file=sys.stdout)
