class Box:
    n = 0


d = {"k": 0}
box = Box()
d["k"] += 1
box.n += 1
d["k"] -= box.n
print(d, box.n)
