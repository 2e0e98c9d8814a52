def f(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, sorted(kw.items())]
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, d=9, z=10, y=11))
xs = [1, 2]
print(f(*xs, 3, c=0, **{"q": 1}))
def make(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make(10)
inc()
inc(5)
print(get())
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner
    x = 41
    return mid()()
print(outer())
total = 0
def bump(n):
    global total
    total += n
bump(3)
bump(4)
print(total)
print((lambda p, q=10: p * q)(4))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10))
