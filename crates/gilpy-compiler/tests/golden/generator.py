def gen(n):
    x = yield n
    r = yield from range(x)
    return r

squares = (i * i for i in range(3))
