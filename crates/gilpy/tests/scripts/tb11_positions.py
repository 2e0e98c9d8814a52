# FrameSummary positions from traceback.extract_tb (lineno, end_lineno, colno,
# end_colno, line) and the markers traceback.format_tb prints for many kinds of
# failing expression.
import re
import traceback


def clean(text):
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], text)

class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def get(self):
        return self.nxt

def multi_chain():
    n = Node(Node())
    return (n
            .get()
            .get()
            .get())

def multi_call():
    return max(
        1,
        "a",
    )

def augs():
    d = {"a": 1}
    d["b"] += 1

def store():
    t = (1, 2)
    t[0] = 5

def unpack():
    a, b = [1, 2, 3]

def bad_iter():
    for x in 5:
        pass

def attr_store():
    o = object()
    o.x = 1

def cmp():
    return 1 < "a"

def kw():
    return int("12", bas=3)

def ops():
    x = [1]
    return x * 2 @ 3

def nested_sub():
    m = [[1], [2]]
    return m[0][1 + 1]

def pw():
    return 2 ** -1 // {}

def unary():
    return -"x"

def fstr():
    return f"{1/0}"

def neg_idx():
    s = "abc"
    return s[  10  ]

def names():
    return undefined_name + 1

for fn in [multi_chain, multi_call, augs, store, unpack, bad_iter, attr_store, cmp, kw, ops, nested_sub, pw, unary, fstr, neg_idx, names]:
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        for fs in traceback.extract_tb(tb):
            print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
        print(clean("".join(traceback.format_tb(tb.tb_next))), end="")
        print(traceback.format_exception_only(type(e), e)[-1], end="")
