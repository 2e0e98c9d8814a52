# Binding edge cases of the in-place binder: closures with defaults and keywords,
# keyword-only parameters, wrong calls (their messages), *args/**kwargs forwarding.


def outer():
    base = 10

    def f(a, b=2, *, c=3):
        return a + b * c + base

    def g(x, y):
        return x - y + base

    def gen(n, step=1):
        for i in range(0, n, step):
            yield i + base

    return f, g, gen


f, g, gen = outer()
print(f(1), f(1, 5), f(1, c=4), f(a=2, b=3, c=1), f(b=1, a=1))
print(g(1, 2), g(y=1, x=2), g(1, y=5))
print(list(gen(5)), list(gen(6, step=2)), list(gen(n=3)))

for call in (
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, a=2),
    lambda: f(1, d=4),
    lambda: g(1),
    lambda: g(1, 2, x=3),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def po(a, b=5, /, c=1):
    return (a, b, c)


print(po(1), po(1, 2), po(1, c=9))
try:
    po(1, b=2)
except TypeError as e:
    print("TypeError:", e)


def target(a, b=0, *rest, k=1, **kw):
    return (a, b, rest, k, sorted(kw.items()))


def fwd(*args, **kwargs):
    return target(*args, **kwargs)


print(fwd(1), fwd(1, 2, 3, 4, k=5, z=6), fwd(*[7, 8], **{"k": 9, "y": 1}))
print(fwd(*(i for i in range(4))), fwd(*"ab"))


def keys(**kw):
    return list(kw)


d = {"alpha": 1, "beta": 2}
print(keys(**d), keys(gamma=3, **d), keys(**{"not_a_param_name_yet": 0}))
try:
    keys(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

# The same key objects may be reused across calls, but the dicts are fresh.
a = keys(x=1)
b = keys(x=2)
print(a == b, a is b)


def kwd(**kw):
    kw["extra"] = len(kw)
    return kw


print(kwd(p=1), kwd(p=1), kwd())


def counter():
    n = 0

    def bump(by=1):
        nonlocal n
        n += by
        return n

    return bump


bump = counter()
print(bump(), bump(5), bump(by=2), [bump() for _ in range(3)])
