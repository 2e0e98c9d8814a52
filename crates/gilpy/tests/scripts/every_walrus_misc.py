data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print(f"list is too long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
import re
if m := re.match(r"(\d+)", "123abc"):
    print(m.group(1))
chunks = iter(["a", "b", ""])
while (c := next(chunks)):
    print("chunk", c)
x = 5
print("big" if x > 3 else "small", 1 < x < 10, x == 5 == 5.0)
print(not x, x and "yes", 0 or "fallback", None or [] or "last")
a = b = c = 0
a += 1
print(a, b, c)
lst = [1, 2]
lst2 = lst
lst2 = lst2 + [3]
print(lst, lst2)
print(type(None).__name__, type(...).__name__, ... is Ellipsis)
print(isinstance(3, (int, float)), isinstance(True, int), type(3.0) is float)
print(callable(len), callable(3), id(a) == id(a))
assert x == 5, "x should be 5"
try:
    assert x == 6, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
print(eval("1 + 2 * 3"), eval("[i for i in range(3)]"))
ns = {}
exec("y = 10\nz = y * 2", ns)
print(ns["z"])
