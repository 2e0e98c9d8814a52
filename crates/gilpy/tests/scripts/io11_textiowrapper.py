import io, sys, os, tempfile
w = io.TextIOWrapper(io.BytesIO("héllo\nwörld\r\nend".encode("utf-8")), encoding="utf-8")
print(w.read().splitlines())
r = io.TextIOWrapper(io.BytesIO(b"a\nbb\nccc\n"))
print(r.readline(), end="")
print(list(r))
print(r.encoding, r.closed, isinstance(r, io.TextIOBase))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n")
print(t.write("é\nx"), t.tell() if False else "")
t.flush()
print(b.getvalue())
t2 = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8", errors="replace")
print(repr(t2.read()))
with io.TextIOWrapper(io.BytesIO(b"ctx")) as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt")
with open(p, "wb") as fb:
    tw = io.TextIOWrapper(fb, encoding="utf-16")
    tw.write("hi")
    tw.flush()
    tw.detach()
with open(p, "rb") as fb:
    print(io.TextIOWrapper(fb, encoding="utf-16").read())
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("through buffer\n")
out.flush()
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print(e)
