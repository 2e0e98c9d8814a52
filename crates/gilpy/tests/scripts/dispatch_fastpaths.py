# Inline fast paths of the dispatch loop: string ==/!= (alone and fused with a jump)
# and the plain-frame return, next to the cases that must take the general paths.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return True

    def __ne__(self, other):
        print("Loud.__ne__", str.__str__(self), other)
        return False

    __hash__ = str.__hash__


def cmp_all(a, b):
    out = [a == b, a != b]
    if a == b:
        out.append("eq-branch")
    if a != b:
        out.append("ne-branch")
    if not (a == b):
        out.append("not-eq")
    return out


s = "abc"
t = "".join(["a", "b", "c"])
print(cmp_all(s, t), s is t)
print(cmp_all(s, s))
print(cmp_all("abc", "abd"))
print(cmp_all("", ""))
print(cmp_all("héllo", "héllo"), cmp_all("héllo", "hello"))
print(cmp_all("ab", "abc"))
print(cmp_all("1", 1), cmp_all(1, "1"))
print(cmp_all(s, None), cmp_all(None, s))
print(cmp_all(Loud("x"), "y"))
print(cmp_all("y", Loud("x")))
print(cmp_all(s, [s]), cmp_all((s,), (t,)))

ops = ["+", "-", "*", "%", "<", "=="]
count = {}
for k in range(30):
    op = ops[k % len(ops)]
    if op == "+":
        key = "plus"
    elif op == "-":
        key = "minus"
    elif op != "==":
        key = "other"
    else:
        key = "eq"
    count[key] = count.get(key, 0) + 1
print(sorted(count.items()))

n = 0
w = "a"
while w != "aaaaa":
    w += "a"
    n += 1
print(n, w)


# Returns from plain frames: from inside try/finally, with, loops and handlers.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def ret_in_try(x):
    try:
        return x * 2
    finally:
        print("finally", x)


def ret_in_with(x):
    with Ctx():
        return x + 1


def ret_in_loop(xs):
    for x in xs:
        for y in xs:
            if x + y == 5:
                return (x, y)
    return None


def ret_in_except(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return "caught " + str(e)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def after_handled():
    try:
        raise KeyError("k")
    except KeyError:
        r = ret_in_except("inner")
        import sys
        return r, sys.exc_info()[0].__name__


print(ret_in_try(21), ret_in_with(1), ret_in_loop([1, 2, 3, 4]), ret_in_loop([9]))
print(ret_in_except("v"), depth(200), after_handled())
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", depth(10))
