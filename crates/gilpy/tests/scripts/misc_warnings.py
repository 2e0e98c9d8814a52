import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def note(msg):
    warnings.warn(msg)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


real_stderr = sys.stderr
sys.stderr = cap = Capture()
for i in range(3):
    note("printed once per location")
warnings.warn("direct", stacklevel=1)
sys.stderr = real_stderr
text = "".join(cap.parts)
print(text.count("UserWarning"))
for ln in text.splitlines():
    print(ln.replace(__file__, "FILE").split("/")[-1])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    note("first")
    note("second")
    warnings.warn("runtime trouble", RuntimeWarning)
    old_api()
    warnings.warn(UserWarning("an instance"))
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, type(w.message).__name__)
print(log[0].filename == __file__ or log[0].filename.endswith("misc_warnings.py"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        note("default: once per place")
    note("default: once per place")
print(len(log), [w.lineno for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        note("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("kept")
    warnings.warn("dropped", RuntimeWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy thing")
    warnings.warn("quiet thing")
print([str(w.message) for w in log])

print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 12, "  x = 1  \n")))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)

with warnings.catch_warnings(record=True) as log:
    warnings.warn("deprecated in main", DeprecationWarning)
print(len(log))
