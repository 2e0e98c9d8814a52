def f(*args, **kwargs):
    return args, kwargs


xs = [1, 2]
opts = {"sep": "-"}
print(*xs, **opts)
f(0, *xs, 3, key=1, **opts)
f(x=1, y=2)
a, *rest, b = [1, 2, 3, 4]
first, second = xs
