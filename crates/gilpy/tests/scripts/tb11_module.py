# traceback module entry points and their markers: print_exc(file=...),
# format_exception in both call forms, limit, format_list, StackSummary.from_list,
# a hand-made FrameSummary, recursion repeats, and a line with trailing spaces
# (traceback.py counts them when indenting the markers).
import re
import sys
import traceback


def clean(text):
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], text)


class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)


def f(d):
    return d["a"] + 1   


def rec(n):
    return rec(n + 1) if n < 10 else n[0]


try:
    f({})
except KeyError:
    o = Out()
    traceback.print_exc(file=o)
    print(clean("".join(o.parts)), end="")
    print(clean("".join(traceback.format_exc(limit=1))), end="")
try:
    rec(0)
except TypeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
    summary = traceback.extract_tb(e.__traceback__, limit=2)
    print(clean("".join(traceback.format_list(summary))), end="")
    plain = traceback.StackSummary.from_list([(fs.filename, fs.lineno, fs.name, fs.line) for fs in summary])
    print(clean("".join(plain.format())), end="")
fs = traceback.FrameSummary("nofile.py", 3, "g", line="  x = a[1] + b  ", end_lineno=3, colno=6, end_colno=10)
print(fs.line, fs.colno, fs.end_colno, fs.end_lineno)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
fs2 = traceback.FrameSummary("nofile.py", 3, "g", lookup_line=False)
print(fs2.colno, fs2.end_colno, fs2.end_lineno, fs2.line)
