# Generator functions: yield, next, StopIteration.value, consumers.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"

g = count(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))
print(next(count(0), "default"))

print(list(count(5)))
print(tuple(count(3)))
print(set(count(4)) == {0, 1, 2, 3})
print(sum(count(101)))
print(max(count(7)), min(count(7)))
print(sorted(count(4), reverse=True))
print(dict(zip(count(3), "abc")))
print(dict((k, k * k) for k in count(4)))
print(list(enumerate(count(3), 1)))
print(list(map(str, count(3))))
print(list(filter(lambda x: x % 2, count(7))))
print("-".join(str(x) for x in count(4)))
a, b, c = count(3)
print(a, b, c)
first, *rest = count(5)
print(first, rest)
print(2 in count(5), 9 in count(5))
print([*count(3), *count(2)])
print(f(*count(3)) if (f := lambda *a: a) else None)

try:
    x, y = count(3)
except ValueError as e:
    print("ValueError:", e)

# iter(g) is g
g = count(2)
print(iter(g) is g)

# A for loop over a generator, with break and else.
for v in count(10):
    if v == 3:
        print("break at", v)
        break
else:
    print("no break")
for v in count(2):
    pass
else:
    print("loop else ran, last", v)

# Nested generators driving each other.
def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(list(evens(squares(count(10)))))

# Local state survives between resumes, including cells and closures.
def counter():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    while True:
        k = yield total
        if k is None:
            return total
        add(k)

c = counter()
print(next(c), c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration as e:
    print("total", e.value)

# Generators in methods and with arguments of every kind.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0, *, prefix="-"):
        yield prefix * depth + str(self.value)
        for ch in self.children:
            yield from ch.walk(depth + 1, prefix=prefix)

t = Tree(1, Tree(2, Tree(3)), Tree(4))
for line in t.walk(prefix="*"):
    print(line)

def kw(*args, **kwargs):
    yield args
    yield sorted(kwargs.items())
print(list(kw(1, 2, a=3)))

# A recursive generator (permutations).
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))

# An infinite generator consumed partially.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)

# yield as an expression in various positions
def exprs():
    x = yield
    print("got", x)
    y = (yield x) + 1
    print("y", y)
    z = [(yield), (yield)]
    print("z", z)
    yield 1, 2
e = exprs()
print(next(e))
print(e.send("a"))
print(e.send(41))
print(e.send("p"))
print(e.send("q"))
