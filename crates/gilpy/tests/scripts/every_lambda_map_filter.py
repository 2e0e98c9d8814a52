nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x ** 2, nums)))
print(list(filter(lambda x: x % 2 == 0, nums)))
from functools import reduce
print(reduce(lambda acc, x: acc + [acc[-1] + x], nums[1:], [nums[0]]))
people = [{"name": "Ann", "age": 31}, {"name": "Bob", "age": 25}]
print(sorted(people, key=lambda p: p["age"]))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["ab", "c"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(list(zip(*map(lambda p: (p["name"], p["age"]), people))))
f = lambda: None
print(f(), f.__name__, (lambda x=3: x)())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: v(6, 3) for k, v in ops.items()})
print(sum(map(int, "12345")), list(map(int, "1 2 3".split())))
print(next(filter(lambda s: s.startswith("b"), ["apple", "banana", "blue"])))
