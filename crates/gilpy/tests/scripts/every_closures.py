def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
x = "global"
def show():
    x = "local"
    def inner():
        return x
    return inner()
print(show(), x)
def g():
    global x
    x = "changed"
g()
print(x)
def outer():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = outer()
a(1)
print(a(2))
def deco_with_args(times):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(times)]
        return wrapper
    return deco
@deco_with_args(3)
def hi(name):
    return f"hi {name}"
print(hi("bo"))
