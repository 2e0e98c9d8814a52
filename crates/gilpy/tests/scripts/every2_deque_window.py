from collections import deque

def moving_average(values, n=3):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n

print(list(moving_average([40, 30, 50, 46, 39, 44])))

d = deque("ghi")
d.append("j")
d.appendleft("f")
print(d)
print(d.pop(), d.popleft(), d)
d.extend("jkl")
d.extendleft("abc")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d))
last = deque(maxlen=3)
for line in ["l1", "l2", "l3", "l4", "l5"]:
    last.append(line)
print(last, last.maxlen)
print(deque(reversed(d)), d.count("a"), d.index("k"))
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
