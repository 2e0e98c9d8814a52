# sys._getframe, traceback.extract_stack/format_stack/print_stack, inspect's frame
# functions and getsource, sys.flags.
import io
import os
import sys
import traceback
import inspect


def where():
    return traceback.extract_stack()[-1].name


def outer():
    x = 5
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_back.f_code.co_name)
    y = 6
    print(f.f_lineno, sorted(f.f_locals))
    print(where())
    print(inspect.currentframe().f_code.co_name)
    print([fi.function for fi in inspect.stack()])
    print(inspect.stack()[0].code_context, inspect.stack()[0].index)
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.code_context)
    print(sys._getframe(1).f_globals["__name__"])
    for s in traceback.format_stack():
        print(s.replace(__file__, os.path.basename(__file__)), end="")
    print(len(traceback.extract_stack(limit=1)))
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    print(buf.getvalue().count("File"), buf.getvalue().splitlines()[-1])
    print(type(f).__name__, inspect.isframe(f), inspect.isframe(x))
    try:
        sys._getframe(99)
    except ValueError as e:
        print(e)
    return f


class K:
    def m(self):
        return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name


done = outer()
print(done.f_code.co_name)
print(K().m())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print([os.path.basename(fs.filename) for fs in traceback.extract_stack()])


def logged(msg):
    caller = sys._getframe(1)
    return "%s:%d %s" % (caller.f_code.co_name, caller.f_lineno, msg)


def work():
    return logged("working")


print(work())


def deco(f):
    return f


@deco
def add(a, b):
    """doc"""
    # comment
    return a + b


class Point:
    x = 1

    def norm(self):
        return 0


def one(): return 1


print(inspect.getsource(add), end="")
print(inspect.getsource(Point), end="")
print(inspect.getsourcelines(Point.norm)[1])
print(inspect.getsource(one), end="")
print(inspect.getsource(lambda y: y * 2), end="")
print(os.path.basename(inspect.getfile(add)))
print(sys.flags.optimize, sys.flags.debug, sys.flags.hash_randomization)
