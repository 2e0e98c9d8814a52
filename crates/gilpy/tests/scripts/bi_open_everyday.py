src = "/tmp/gilpy_bi_src.csv"
dst = "/tmp/gilpy_bi_dst.csv"
with open(src, "w", encoding="utf-8") as f:
    f.write("name,age\n")
    for name, age in [("ann", 31), ("bob", 25), ("cé", 40)]:
        f.write(f"{name},{age}\n")
with open(src) as f, open(dst, "w") as g:
    header = f.readline().strip().split(",")
    for i, line in enumerate(f, 1):
        row = dict(zip(header, line.strip().split(",")))
        g.write(f"{i}:{row['name'].upper()}:{int(row['age']) + 1}\n")
with open(dst) as g:
    line = g.readline()
    while line:
        print(repr(line))
        line = g.readline()
print(open(dst).read().splitlines())
data = open(dst, "rb").read()
print(len(data), data.count(b"\n"), data[:5])
try:
    with open("/nonexistent/dir/file.txt", "w") as h:
        pass
except OSError as e:
    print(type(e).__name__, e.errno, e)
f = open(dst)
print(f)
f.close()
print(f.closed)
try:
    for _ in f:
        pass
except ValueError as e:
    print(e)
