d = {0: 0, 1: 1}
try:
    for k in d:
        if k == 0:
            del d[0]
            d[5] = 5
        print("saw", k)
except RuntimeError as e:
    print("keys:", e)
print(d)
d = {"a": 1}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 1
except RuntimeError as e:
    print("keys:", e)
print(d)
d = {i: i for i in range(20)}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print("keys:", e)
print(len(d), sorted(d)[:3])
d = {0: 0, 1: 1}
try:
    for k, v in d.items():
        if k == 0:
            d.pop(0)
            d[7] = 7
except RuntimeError as e:
    print("items keys:", e)
