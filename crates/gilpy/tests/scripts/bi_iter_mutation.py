# Mutating containers while iterating them.
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("add:", type(e).__name__, e)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("discard:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("dict add:", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("dict replace:", e)
print(d)
d = dict.fromkeys(range(5))
try:
    for k in d:
        if k == 0:
            del d[0]
            d[10] = 1
except RuntimeError as e:
    print("dict replace 2:", e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = 5  # value change is fine
print(d)
d = {1: 1, 2: 2}
for view in (d.keys(), d.values(), d.items()):
    try:
        for x in view:
            d[99] = 1
    except RuntimeError as e:
        print("view:", e)
    d.pop(99, None)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("items pop:", e)
# list: index based, no error
l = [1, 2, 3]
for x in l:
    if x < 5:
        l.append(x + 3)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
# the error leaves the iterator exhausted
s = {1, 2}
it = iter(s)
next(it)
s.add(7)
try:
    next(it)
except RuntimeError as e:
    print("next:", e)
try:
    print(next(it))
except RuntimeError as e:
    print("again:", e)
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    print(list(it))
except RuntimeError as e:
    print("again:", e)
# set comprehension over itself copy is fine
s = {1, 2, 3}
for v in set(s):
    s.add(v * 10)
print(sorted(s))
s = set(range(1000))
n = 0
for x in s:
    s.discard(x)
    s.add(x)
    n += 1
print(n, len(s))
d = dict.fromkeys(range(1000))
n = 0
try:
    for k in d:
        del d[k]
        d[k] = 1
        n += 1
except RuntimeError as e:
    print(e)
print(n, len(d))
s = {"a", "b", "c"}
seen = []
for v in s:
    seen.append(v)
    s.discard(v)
    s.add(v)
print(len(seen), sorted(s))
