import os, tempfile
path = os.path.join(tempfile.gettempdir(), "gilpy_every_file_io.txt")
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third line", file=f)
    f.writelines(["four\n", "five\n"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:8])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
print(os.path.exists(path), os.path.basename(path), os.path.splitext(path)[1])
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
