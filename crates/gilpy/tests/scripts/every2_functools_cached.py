import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(16)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def square(x):
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())

def power(base, exponent):
    return base ** exponent
cube = functools.partial(power, exponent=3)
print(cube(2), cube(5), cube.keywords, cube.args)

print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [], 0))

class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area)
print(c.area)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), Version("2.0") >= Version("1.9"), max(vs))
