# Fast paths of session 8: **kwargs dicts built by binding and passed on, int()/float()
# errors on text that cannot start a number, isinstance with builtin classes, strip.


def wrap(f):
    def wrapper(*args, **kwargs):
        kwargs_seen.append(sorted(kwargs.items()))
        return f(*args, **kwargs)

    return wrapper


kwargs_seen = []


@wrap
@wrap
def g(a, b=2, *rest, c=3, **extra):
    return (a, b, rest, c, sorted(extra.items()))


print(g(1))
print(g(1, 5, 6, 7, c=9, z=1, y=2))
print(g(a=4, q=8))
print(kwargs_seen)


def take(**kw):
    kw["new"] = 1
    return kw


d = {"x": 1, "y": 2}
r = take(**d)
print(r, d, r is d)
big = {f"k{i}": i for i in range(20)}
r = take(**big)
print(len(r), list(r)[:3], list(r)[-2:])

for call in (
    lambda: g(1, a=2),
    lambda: g(),
    lambda: take(**{1: 2}),
    lambda: g(1, **{"c": 1}, **{"c": 2}),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

for text in ("12", " 7 ", "-3", "+0", "", "  ", "x1", "1x", "-", "_1", "1_0", "٣", "0x1f", "abc"):
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in ("1.5", ".5", "-.5", "inf", "-Infinity", "nan", "", "x", "1e3", "e3", "+", "1_0.5", "s12", "١.٥"):
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int("11", 2), int("z", 36), int("0x10", 0))
try:
    int("g", 16)
except ValueError as e:
    print("ValueError:", e)


class MyList(list):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class M(metaclass=Meta):
    pass


for obj in (1, True, "s", [1], MyList(), {}, None, 1.5, M):
    print(
        isinstance(obj, int),
        isinstance(obj, list),
        isinstance(obj, object),
        isinstance(obj, (str, dict)),
        isinstance(obj, M),
        isinstance(obj, type),
    )
print(isinstance("magic", M))

for w in ("hello,", ";;", "", "a", "x:y.", "  pad  ", "ünï,"):
    print(repr(w.strip(",;:.")), repr(w.strip()), repr(w.lstrip(",;")), repr(w.rstrip(".")))
s = "same"
print(s.strip() is s, s.strip("q") is s)
