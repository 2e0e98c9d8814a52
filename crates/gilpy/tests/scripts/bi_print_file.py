path = "/tmp/gilpy_bi_ev.txt"
with open(path, "w") as f:
    print("hello", 42, file=f)
    print("second", file=f, end="!\n")
with open(path) as f:
    lines = [l.rstrip("\n") for l in f]
print(lines)
words = open(path).read().split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print("a", 1, [2], sep="-", file=c)
print(file=c, end="")
print(c.parts)
