# The eval loop's fused paths: `for x in ...` storing straight into the loop variable,
# fast calls that count the callee's `Resume` themselves. Every result is printed.


def squares(xs):
    out = []
    for x in xs:
        out.append(x * x)
    return out


print(squares([1, 2, 3]), squares((4, 5)), squares(range(3)), squares("ab" and [7]))


def loop_var_after(xs):
    x = "unset"
    for x in xs:
        pass
    return x


print(loop_var_after([]), loop_var_after([1, 2]), loop_var_after(range(5, 9)))


def gen():
    yield 1
    yield 2


def from_gen():
    total = 0
    for v in gen():
        total += v
    return total


print(from_gen())


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i):
            acc += i * j
    return acc


print(nested(20))


def first_line_error(x):
    return 1 // x


try:
    first_line_error(0)
except ZeroDivisionError:
    print("caught ZeroDivisionError")


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def boom(self):
        raise ValueError(self.v)


p = P(3)
print(sum(P(i).get() for i in range(10)), p.get())
try:
    p.boom()
except ValueError as e:
    print("caught", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(10**6)
except RecursionError as e:
    print("RecursionError", type(e).__name__)


def fn_locals(a, b):
    c = a + b
    d = c * 2
    return locals()


print(fn_locals(1, 2))


def unbound(flag):
    if flag:
        y = 1
    return y


try:
    unbound(False)
except UnboundLocalError as e:
    print(e)

items = {"k1": 1, "k2": 2}
for key in items:
    print(key, items[key])
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
