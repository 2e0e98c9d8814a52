path = "/tmp/gilpy_bi_io_test.txt"
with open(path, "w") as f:
    print(f.write("hello\n"), f.closed)
    f.write("second line\n")
    f.writelines(["a\n", "b\n", "no newline"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readlines()))
    print(repr(f.readline()), repr(f.read()))
f = open(path)
for line in f:
    print(repr(line))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "a") as f:
    f.write("\nappended")
print(open(path).readlines()[-2:])
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open("definitely_missing.txt", "r")
except OSError as e:
    print(e)
try:
    open(path, "x")
except FileExistsError as e:
    print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(e)
try:
    open(path, "q")
except ValueError as e:
    print(e)
with open(path, "w") as f:
    f.write("line1\r\nline2\rline3\n")
with open(path) as f:
    print(f.readlines())
with open(path, "w+") as f:
    f.write("über ✓\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
f = open(path)
print(f.name, f.mode, f.readable(), f.writable())
f.close()
with open(path, "r+") as f:
    print(repr(f.read()))
with open(path, "x" if False else "w") as f:
    pass
print(repr(open(path).read()))
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
