d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
try:
    for v in d.values():
        d["z"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for kv in d.items():
        d.pop("a")
except RuntimeError as e:
    print("RuntimeError:", e)
from collections import deque
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x)
print(lst)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 100
print(d)
for k in list(d):
    del d[k]
print(d)
