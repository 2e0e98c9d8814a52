def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
c()
c(5)
print(c())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner
    return middle()()

print(outer())

def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]

print(late())
total = 0
def bump(n):
    global total
    total += n
bump(2)
bump(3)
print(total)

def cell_param(a):
    def get():
        return a
    a = a * 2
    return get()

print(cell_param(21))
