import copy
a = [1, [2, 3]]
b = a
c = a[:]
d = copy.copy(a)
e = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d, e)
print(a is b, a == c, a is c, a[1] is c[1], a[1] is e[1])
x = None
print(x is None, x == None, [] is [], () == ())
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2)
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
p1, p2 = P(1), P(1)
print(p1 == p2, p1 is p2, p1 != P(2), p1 in [p2])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 9
print(m)
orig = {"k": [1]}
sh = dict(orig)
sh["k"].append(2)
print(orig)
