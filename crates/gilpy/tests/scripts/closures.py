# closures, nonlocal, global and late binding

def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment

c1 = make_counter()
c2 = make_counter(100)
for _ in range(3):
    print("c1", c1())
print("c2", c2(5), c2(5))
print("c1 again", c1())

# closures in a loop capture the variable, not the value
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print("late binding:", [f() for f in funcs])

# default argument freezes the value
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i * 10)
print("frozen:", [f() for f in funcs])

# a factory function gives each closure its own cell
def make_multiplier(n):
    return lambda x: x * n

mults = [make_multiplier(n) for n in range(1, 5)]
print("multipliers:", [m(7) for m in mults])

# three levels of nesting
def outer():
    a = 1
    log = []

    def middle():
        b = 10

        def inner():
            nonlocal a, b
            a += 1
            b += 100
            log.append((a, b))
            return a + b

        r1 = inner()
        r2 = inner()
        return r1, r2, b

    result = middle()
    return result, a, log

print("nested:", outer())

# global statement
total = 0
calls = 0

def add_to_total(x):
    global total, calls
    total += x
    calls += 1
    return total

for v in [5, 10, 20]:
    add_to_total(v)
print("global total:", total, "calls:", calls)

def read_global():
    return total * 2

print("read global:", read_global())

def shadow():
    total = "local"
    return total

print("shadow:", shadow(), total)

# closure over a mutable object without nonlocal
def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return list(items)

    return add

acc = make_accumulator()
acc("a")
acc("b")
print("accumulator:", acc("c"))

# closures sharing one cell
def pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_

getter, setter = pair()
print("before:", getter())
setter(42)
print("after:", getter())
setter("text")
print("after again:", getter())

# a closure created in a comprehension sees the final value too
adders = [lambda x: x + k for k in range(3)]
print("comprehension closures:", [a(100) for a in adders])

# nonlocal in a loop body
def running_sums(xs):
    s = 0
    out = []

    def push(x):
        nonlocal s
        s += x
        out.append(s)

    for x in xs:
        push(x)
    return out

print("running sums:", running_sums([1, 2, 3, 4, 5]))

# globals defined after the function is defined
def uses_later():
    return later_value + 1

later_value = 41
print("later global:", uses_later())
