# compile(..., "single"): expression statements go through sys.displayhook (None is not
# printed, `_` keeps the last value), also inside loops at the top level but not inside
# functions; a replaced sys.displayhook is used. Also module __dict__ identity.
import sys
import builtins

g = {}
exec(compile("1 + 1", "<s>", "single"), g)
print(builtins._)
exec(compile("for i in range(3): i * 10\n", "<s>", "single"), g)
exec(compile("None", "<s>", "single"), g)
exec(compile("def f():\n    42\n", "<s>", "single"), g)
exec(compile("f()", "<s>", "single"), g)
exec(compile("'text'", "<s>", "single"), g)
seen = []
old = sys.displayhook
sys.displayhook = seen.append
exec(compile("[1, 2]", "<s>", "single"), g)
sys.displayhook = old
print(seen)
sys.displayhook(None)
sys.__displayhook__({"k": 1})


def h():
    pass


m = sys.modules[__name__]
print(m.__dict__ is globals(), h.__globals__ is m.__dict__, m.__dict__["h"] is h)
