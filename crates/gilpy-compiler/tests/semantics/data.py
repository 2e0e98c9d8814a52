d = {"a": 1}
d["a"] += 5
d["b"] = 2
print(d)
xs = [1, 2, 3, 4, 5]
xs[0] += 10
print(xs, xs[-1])
first, *mid, last = xs
print(first, mid, last)
*init, tail = [1, 2]
print(init, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
a = b = [7]
a += [8]
print(a, b, a is b)
t = (1, 2, "x", None, -3)
print(t, (1,), ())
u = [*xs, 0, *t]
print(u)
m = {"k": 1, **d, "z": 0}
print(m)
print([x * x for x in range(6) if x % 2 == 0 if x > 0])
print({k: v for k, v in [("a", 1), ("b", 2)]})
print([(i, j) for i in range(3) for j in range(i)])
print(",".join(str(x) for x in range(4)))
name = "ann"
print(f"{name!r} has {len(name)} chars: {name}")
