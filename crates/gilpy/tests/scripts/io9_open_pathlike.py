# open() takes os.PathLike objects (pathlib.Path, or any class with __fspath__).
import os
import pathlib
import tempfile

d = pathlib.Path(tempfile.mkdtemp())
p = d / "data.txt"
with open(p, "w") as f:
    f.write("alpha\nbeta\n")
with open(p, "a") as f:
    print("gamma", file=f)
with open(p) as f:
    print([line.rstrip() for line in f])

class Where:
    def __init__(self, path):
        self.path = path
    def __fspath__(self):
        return str(self.path)

with open(Where(p), "rb") as f:
    print(f.read())
print(os.fspath(Where("x/y")), os.path.basename(Where(p)))
for bad in [3.5, [p]]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)
os.remove(p)
os.rmdir(d)
print(p.exists(), d.exists())
