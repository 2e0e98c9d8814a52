# Builtin docstrings are CPython's text; module-level annotations fill __annotations__.
print(len.__doc__)
print(int.__doc__.splitlines()[0])
print(str.upper.__doc__)
print([].append.__doc__)
print(dict.get.__doc__)
print(object.__doc__.splitlines()[0])


class NoDoc:
    pass


class Doc:
    """Documented."""

    def m(self):
        "method doc"


print(NoDoc.__doc__, Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__)

count: int = 3
name: str
if count:
    flag: "bool" = True
print(__annotations__)
print(count, flag)


def f(a: int, b: "float" = 1.0) -> list:
    x: int = 5  # function bodies do not record local annotations
    return [a, b, x]


print(f.__annotations__, f(2))
