# Marker positions for comprehensions and generator expressions (a lone generator
# argument spans the call's parentheses), unpacking, keyword calls, multi-line subscripts.
import re, traceback

def show(fn):
    try:
        fn()
    except BaseException:
        print(re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], traceback.format_exc()), end="")

def comp_iter():
    return [x for x in 5]

def comp_inner():
    return [y for x in [1] for y in x]

def gen_iter():
    return sum(x for x in 5)

def dict_comp():
    return {k: v for k, v in [1]}

def set_cond():
    return {x for x in [1] if x.bad}

def bad_base():
    class C(5):
        pass

def slice_store():
    t = (1,)
    t[0:1] = [2]

def single_unpack():
    x, = [1, 2]

def star_unpack():
    *a, = 5

def call_kwargs():
    return dict(a=1, **{"a": 2})

def method_kw():
    return "x".split(sepp=",")

def long_call():
    return sorted([3, 1, "2"], key=None, reverse=False)

def tuple_index():
    d = {}
    return d[1, 2]

def nested_call_arg():
    return str(int("x"))

def mul_line_sub():
    d = {}
    return d[
        "key"
    ]

def with_enter():
    with 5:
        pass

def genexp_next():
    g = (1 / 0 for _ in range(1))
    return next(g)

def attr_of_call():
    return len([]).real.nope

def neg_index_str():
    return "abc"[-10]

def cmp_chain():
    return 1 < 2 < "x"

def mod_fmt():
    return "%d" % "x"

for fn in [comp_iter, comp_inner, gen_iter, dict_comp, set_cond, slice_store,
           single_unpack, star_unpack, call_kwargs, method_kw, long_call, tuple_index,
           nested_call_arg, mul_line_sub, with_enter, genexp_next, attr_of_call,
           neg_index_str, cmp_chain, mod_fmt]:
    show(fn)
