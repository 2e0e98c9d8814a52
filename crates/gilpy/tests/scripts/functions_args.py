# defaults, keyword-only arguments, *args, **kwargs and unpacking calls

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# the mutable default gotcha
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

# defaults are evaluated once, at definition time
base = 10
def show_base(x=base):
    return x
base = 20
print("default captured:", show_base())

# keyword-only arguments
def connect(host, port=80, *, timeout=5, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"

print(connect("example.org"))
print(connect("example.org", 443, secure=True))
print(connect("x", timeout=1))

def kw_only_required(*, a, b=2):
    return a + b

print(kw_only_required(a=1))
print(kw_only_required(b=5, a=1))

# *args and **kwargs
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(x=1, y=2))
print(collect(1, "two", three=3))

def mixed(a, b=2, *rest, flag=False, **options):
    return f"a={a} b={b} rest={rest} flag={flag} options={options}"

print(mixed(1))
print(mixed(1, 3, 5, 7))
print(mixed(1, 3, 5, flag=True, color="red", size=9))

# unpacking calls
nums = [3, 4]
opts = {"punct": "...", "greeting": "Bye"}
print(greet("Eve", **opts))
print(greet(*["Fay", "Howdy"]))
print(mixed(*nums, *[9, 8], **{"flag": 1, "z": 0}))

def add3(a, b, c):
    return a + b + c

print(add3(*(1, 2, 3)))
print(add3(1, *[2, 3]))
print(add3(**{"c": 3, "a": 1, "b": 2}))
print(add3(1, **{"c": 30, "b": 20}))

# kwargs preserve order
def order(**kw):
    return list(kw.keys())

print(order(z=1, a=2, m=3))

# args is a tuple
def kind(*args):
    return type(args).__name__, len(args)

print(kind(1, 2))
print(kind(*"hello"))

# functions are values
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

print(apply(max, 3, 9, 2))
print(apply(sorted, [3, 1, 2], reverse=True))
print(apply(greet, "Gus", greeting="Hey"))

# returning several values
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)

# None returned implicitly
def nothing():
    pass

print(nothing())
print(type(nothing()).__name__)

# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(n) for n in range(8)])
print(fact(25))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))
