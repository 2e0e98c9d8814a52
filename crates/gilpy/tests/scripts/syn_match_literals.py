# match: literal, capture, wildcard, value (dotted) and OR patterns, guards, `as`.
class Status:
    OK = 200
    NOT_FOUND = 404


def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND | 410:
            return "gone"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case int(c) if 500 <= c < 600:
            return f"server error {c}"
        case -1:
            return "negative one"
        case 0.5:
            return "half"
        case "teapot" | "418":
            return "teapot"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"unknown {other!r}"


for code in [200, 404, 410, 301, 302, 503, -1, 0.5, "teapot", "418", True, 1, None, 999, "x"]:
    print(code, "->", http(code))


def sign(n):
    match n:
        case 0:
            return "zero"
        case _ if n < 0:
            return "negative"
        case _:
            return "positive"


print(sign(0), sign(-5), sign(7))

# `match` and `case` are still ordinary names.
match = [1, 2]
case = "case"
print(match, case)


def match_fn(match):
    return match * 2


print(match_fn(4))
match match:
    case [1, x]:
        print("matched list with", x)

# Names bound by a successful case stay bound after the statement.
match (1, (2, 3)):
    case (a, (b, c)) as whole:
        pass
print(a, b, c, whole)

# Literal matching uses ==, singletons use `is`.
for v in [1, 1.0, True, 0, False]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case False:
            print(repr(v), "is False")
        case _:
            print(repr(v), "other")

# Strings, including implicit concatenation.
match "hello world":
    case "hello " "world":
        print("concatenated literal matched")

# No case matches: nothing happens.
match 42:
    case 1:
        print("never")
print("done")
