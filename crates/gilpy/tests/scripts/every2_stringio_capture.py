import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
buf.write("first line\n")
print("second line", file=buf)
print(buf.getvalue(), end="")
print(buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.read())
buf.seek(0)
print([line.rstrip() for line in buf])

with io.StringIO("a\nb\nc") as f:
    print(f.readlines())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

old = sys.stdout
sys.stdout = captured = io.StringIO()
print("hidden", 1, 2)
sys.stdout = old
print("captured:", repr(captured.getvalue()))

cap = io.StringIO()
with redirect_stdout(cap):
    print("inside redirect")
print("redirected:", cap.getvalue().strip())

b = io.BytesIO()
b.write(b"hello ")
b.write(b"bytes")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5))
s = io.StringIO()
s.write("abcdef")
s.seek(2)
s.write("XY")
s.truncate(5)
print(s.getvalue())
