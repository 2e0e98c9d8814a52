# eval, exec, compile, globals(), locals().
x = 10
print(eval("x * 2 + 1"), eval("  [i * i for i in range(4)]"), eval("'%s-%s' % (x, x)"))
exec("y = x + 5\ndef sq(n):\n    return n * n\n")
print(y, sq(7))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * c", {"a": 3}, {"c": 4}))

g = {"base": 100}
exec("total = base + 1\nnames = sorted(k for k in ['q', 'p'])", g)
print(g["total"], g["names"], "total" in globals())
loc = {}
exec("z = 5\nw = z * 2", {}, loc)
print(sorted(loc.items()))
print(eval("len"), eval("abs(-3)", {}))


def inside(p):
    q = p + 1
    return eval("p * q"), eval("x + p")


print(inside(3))


def ns():
    a = 1
    b = "two"
    return sorted(locals().items())


print(ns())
print(locals()["x"], globals()["x"], "inside" in globals(), type(globals()).__name__)

code = compile("3 + 4", "<calc>", "eval")
print(eval(code), type(code).__name__)
code = compile("r = 6 * 7", "<calc>", "exec")
exec(code)
print(r)

for bad in ["1 +", "x = = 2", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", e.lineno, type(e).__name__)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError for a statement in eval")
try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("pass", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    compile("1", "f", "nope")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
g = {"__name__": "made_up"}
exec("class K:\n    pass\ndef fn():\n    pass\n", g)
print(g["K"].__module__, g["fn"].__module__, g["K"])
