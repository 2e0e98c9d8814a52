# CPython-only (uses io to capture sys.stderr, which the gilpy VM's native
# report_exception does not write through): what an uncaught exception in a
# thread prints. Checks the header, the first traceback line and the last
# line; the frames in between name each implementation's own threading.py.
import io
import sys
import threading


def capture(target, name=None):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        t = threading.Thread(target=target, name=name)
        t.start()
        t.join()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def bad():
    raise ValueError("thread failed")


def leave():
    sys.exit(2)


def nested():
    def inner():
        return {}["missing"]
    inner()


for target, name in [(bad, None), (bad, "named"), (nested, None)]:
    lines = capture(target, name).splitlines()
    print(lines[0])
    print(lines[1])
    print(lines[-1])
    print(len([l for l in lines if l.startswith('  File "') and __file__ in l]))
print("SystemExit prints:", repr(capture(leave)))


# a failing excepthook is reported too, and the thread still ends
def broken_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = broken_hook
lines = capture(bad).splitlines()
threading.excepthook = threading.__excepthook__
print(lines[0])
print(lines[-1])
