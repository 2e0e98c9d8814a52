"""A tour of every construct in SPEC §1, compared against CPython's own parser."""
import threading
import concurrent.futures as cf, os.path
from queue import Queue, Empty as E
from time import (sleep,
                  time as now,)
from m import *

x = 1
a = b = c = [1, 2, 3]
a, *b = xs
(a, b) = 1, 2
[a, b] = t
a.b, c[0] = d.e[1:2] = 3, 4
x: int = 5
y: list
for k, v in d.items(): print(k, v)
for (i, j), *rest in pairs:
    pass
else:
    pass
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1
obj.attr += 1
d['k'] -= 1

def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    global counter
    counter += 1
    def g():
        nonlocal a
        a = 2
        return a
    return g

def kwonly(*, key=None, reverse=False): pass
def ann(a: int, b: str = "x", *c: int, **d: dict) -> None: return

@decorator
@mod.attr
@factory(1, x=2)
class C(Base):
    attr = 1
    def __init__(self):
        self.__x = 1
        super().__init__()

class D: pass
class E(): pass

if a: pass
elif b:
    pass
elif c: x = 1
else:
    x = 2

while True:
    if x: break
    else: continue
else:
    pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError("bad") from e
except:
    raise
else:
    pass
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(f) as fh, lock, other() as (p, q):
    pass

assert x, "msg"
assert y
del a, b[0], c.d, (e, f), [g]

e = -2 ** 2
e = 2 ** -1
e = -x ** -y ** z
e = not a == b
e = a if b else c if d else e
e = lambda: 0
e = lambda x, y=1, *a, k, **kw: x + y
e = lambda *, k: k
e = a or b and not c or d
e = a < b <= c != d == e > f >= g
e = a in b not in c is d is not e
e = a | b ^ c & d << e >> f + g - h * i / j // k % l
e = ~a + -b - +c
e = a.b.c(1)(2)[3][4:5][::6][7, 8][1:2, ::3]
e = f(1, *a, x=2, **k, y=3)
e = f(a,)
e = f(x for x in y)
e = ",".join(str(x) for x in xs if x if not x)
e = (x for x in y)
e = [x * y for x in a for y in b if x if y]
e = {k: v for k, v in d.items()}
e = {x for x in s}
e = [1, *a, 2]
e = (1, *a)
e = {1, 2}
e = {'a': 1, **d, 'b': 2}
e = {}
e = ()
e = (1,)
e = []
e = (((1)))
e = [
    1,
    2,
]
e = 0xff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890
e = 1.5 + .5 + 5. + 1e10 + 1_000.5 + 2.5e-3
e = 'a' "b" '''c''' """d
e""" r'\n\d' '\t\x41\u00e9\101\q\
continued'
e = f"{x}" f'{x!r}' f"{x:>10}" f"{x:{w}.{p}f}" f"{{lit}} {x!s:^{w}}" 'plain' f"{a['k']}"
e = f"{x=}" rf"\n{x}"
e = F"{x + 1}" f"{x if y else z}" f"{ {'a': 1}['a'] }"
e = None, True, False
e = x[-1]; e = s[::-1]
e = 1 if x else 2
print(*args, sep='', end='\n')
if __name__ == '__main__':
    main()
# Syntax additions: Ellipsis, imaginary literals, `@`, `:=`, `/`, `\N{}`, `import *`, match.
e = ...
e = x[..., 1:2]
e = 1j + 2.5J - 1e3j + 2 + -1j
e = a @ b @ c
e @= m
def pos_only(a, b=2, /, c=3, *, d):
    ...
lam = lambda x, /, y: x
if (n := len(x)) > 10:
    pass
e = [y := f(x), y ** 2]
e = [z for q in data if (z := q * 2)]
e = f(w := 3), s[k := 1], {v := 2}
while chunk := read():
    pass
e = "\N{BULLET}\N{latin small letter a}" f"\N{EM DASH}{x}"
from os.path import *
match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        pass
    case ["go", ("north" | "south") as direction, *rest]:
        pass
    case {"x": 0, "y": y, **others}:
        pass
    case Point(x=0, y=0) | Point(0, 0):
        pass
    case pkg.Color.RED:
        pass
    case -1 | 1.5 | 2 + 3j | -4 - 1j | "s" "t" | None | True | False:
        pass
    case (a, b,) | [a, b] | (a, *b):
        pass
    case ():
        pass
    case str() | bytes():
        pass
    case _:
        pass
match x, y:
    case 1, 2:
        pass
    case a, *_:
        pass
match = 1
case = match
match.x = case(match)
match[1] = 2
