# An uncaught exception group: CPython's boxed traceback on stderr.
import traceback

def fail(n):
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [TypeError("t")]))
    raise ExceptionGroup("many", errors)

try:
    collect()
except ExceptionGroup as e:
    for line in "".join(traceback.format_exception(e)).splitlines():
        if 'File "' not in line:
            print(line)
print("now uncaught")
collect()
