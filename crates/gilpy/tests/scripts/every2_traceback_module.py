import traceback
import sys

def risky(n):
    return 10 / n

try:
    risky(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.strip().splitlines()
    print(lines[0])
    print(lines[-1])
    print("risky" in text)

try:
    int("abc")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])

class RetryError(Exception):
    pass

try:
    try:
        {}["key"]
    except KeyError as e:
        raise RetryError("gave up") from e
except RetryError as e:
    out = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print("direct cause" in out, out.strip().splitlines()[-1])

print(traceback.format_exc().strip())
try:
    [].pop()
except IndexError:
    traceback.print_exc()
print("after print_exc")
traceback.print_exc(file=sys.stdout) if False else None
try:
    raise ValueError("to stdout")
except ValueError:
    traceback.print_exc(file=sys.stdout) if False else print(traceback.format_exc().splitlines()[-1])
