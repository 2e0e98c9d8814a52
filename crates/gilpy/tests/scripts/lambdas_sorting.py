# lambdas, sorting with key= and reverse=, and plain decorators

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a: sum(a))(1, 2, 3, 4))
print((lambda **k: sorted(k))(b=1, a=2))

words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, reverse=True))
print(sorted(words, key=len, reverse=True))

people = [
    ("alice", 31, 5200.0),
    ("bob", 25, 4100.5),
    ("carol", 31, 6100.0),
    ("dave", 25, 3900.0),
    ("erin", 40, 4100.5),
]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: (p[2], p[0]))])

# stability: equal keys keep their input order, also with reverse
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda t: t[0]))
print(sorted(pairs, key=lambda t: t[0], reverse=True))

nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)))
nums.sort(key=lambda n: -n)
print(nums)
print(max(words, key=len), min(words, key=len))
print(max(people, key=lambda p: p[2])[0])

# map-like and filter-like comprehension with lambdas
ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "pow": lambda a, b: a ** b,
}
for name in sorted(ops):
    print(name, ops[name](6, 3))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

# decorators
call_log = []

def logged(func):
    def wrapper(*args, **kwargs):
        call_log.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result!r}")
        return result
    return wrapper

@logged
def area(w, h):
    return w * h

@logged
def shout(s, times=1):
    return (s.upper() + "!") * times

area(3, 4)
shout("hey", times=2)
print("log:", call_log)
print("wrapper name:", area.__name__)

def memoize(func):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return inner

calls = 0

@memoize
def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(60), "calls:", calls)

def twice(func):
    def wrapper(x):
        return func(func(x))
    return wrapper

@twice
@twice
def plus3(x):
    return x + 3

print("stacked decorators:", plus3(0))

registry = {}

def register(func):
    registry[func.__name__] = func
    return func

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry), [registry[k]() for k in sorted(registry)])
print(alpha())
