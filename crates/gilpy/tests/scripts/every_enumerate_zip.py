names = ["ann", "bob", "cy"]
scores = [88, 92, 79]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n.title():<4} {s}")
print(dict(zip(names, scores)))
print(list(zip(names, range(10))))
print(list(zip()))
print(list(enumerate("xyz", 10)))
pairs = list(zip(names, scores))
unzipped = list(zip(*pairs))
print(unzipped)
best = max(zip(scores, names))
print(best)
for a, b in zip(names, names[1:]):
    print(a, "->", b)
print(sum(s for _, s in pairs) / len(pairs))
print(list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
m = map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))
print(list(m))
