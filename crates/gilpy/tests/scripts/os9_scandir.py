import os
import tempfile

d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "sub"))
for name in ["b.txt", "a.py"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 3)
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(),
          e.is_symlink(), e.stat().st_size if e.is_file() else "-", os.fspath(e) == e.path)
print(sorted(e.name for e in os.scandir(d) if e.is_file()))
print(type(os.scandir(d)).__name__, isinstance(entries[0], os.DirEntry))
try:
    os.scandir(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for e in entries:
    if e.is_file():
        os.remove(e.path)
    else:
        os.rmdir(e.path)
os.rmdir(d)
print(os.path.exists(d))
