# Traceback objects: tb_frame/tb_lineno/tb_next, extract_tb, format_tb, walk_tb.
import sys, traceback

def inner(n):
    if n == 0:
        raise KeyError("missing")
    return inner(n - 1)

def outer():
    return inner(2)

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, tb.tb_frame.f_code.co_name)
    depth = 0
    t = tb
    while t is not None:
        depth += 1
        t = t.tb_next
    print("depth", depth)
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(repr(frames[-1]).endswith("line 6 in inner>"), len(frames[0]), frames[0][2])
    print("".join(traceback.format_tb(tb)).count("File"))
    print([lineno for _, lineno in traceback.walk_tb(tb)])
    print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
    print(sys.exc_info()[2].tb_lineno)

class Guard:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__, tb.tb_lineno, tb.tb_next is None)
        return True

with Guard():
    raise ValueError("in with")

e = RuntimeError("fresh")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
