# `s += x` may append in place; every other holder of the old string must still see it unchanged.
# semantics checks for in-place +=
s = "ab"
t = s
s += "c"
print(s, t)
parts = []
acc = ""
for ch in "hello":
    acc += ch
    parts.append(acc)
print(parts)
def f():
    x = ""
    keep = []
    for ch in "xyz":
        x += ch
        keep.append(x)
    y = x
    x += "!"
    return x, y, keep
print(f())
g = ""
def add(c):
    global g
    g += c
for c in "abc":
    add(c)
h = g
add("d")
print(g, h)
d = {}
k = ""
for c in "ab":
    k += c
    d[k] = len(k)
k += "c"
print(d, k)
s = "x"
s += s
s += s
print(s)
