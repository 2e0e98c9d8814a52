# `name += <expression that runs code>` appends in place where it may, and never
# lets the string change under a load that is still waiting for its right-hand side.
import threading

# A global append inside the right-hand side of another global append.
# (an earlier `+=` left the string owned by its variable)
s = "ab"
s += "c"
def bump():
    global s
    s += "z" + ""
    return "!"
s += bump()
print(s)

# The same with the name read (and kept) by the right-hand side.
kept = []
def keep():
    kept.append(s)
    return str(len(s))
s += keep()
s += keep()
print(s, kept)

# Locals: many appends with calls on the right.
def build(n):
    out = ""
    for i in range(n):
        out += str(i % 10) + ("," if i % 7 == 0 else "")
    return out
r = build(2000)
print(len(r), r[:30], r[-10:])

# A generator appending what it is sent.
def collect():
    acc = ""
    while True:
        got = yield acc
        acc += got.upper()
g = collect()
next(g)
snaps = [g.send(w) for w in ["a", "bc", "d"]]
print(snaps)

# Another thread appends while this one waits inside its right-hand side: CPython
# loaded the old value first, so the other thread's update is lost.
shared = "ba"
shared += "se"
go = threading.Event()
done = threading.Event()
def slow_piece():
    go.set()
    done.wait()
    return "-A"
def other():
    global shared
    go.wait()
    shared += "-B" + ""
    done.set()
t = threading.Thread(target=other)
t.start()
shared += slow_piece()
t.join()
print(shared)

# Numbers at the same kind of site.
total = 0
for i in range(10):
    total += i * 1.5
count = 0
for w in ["x", "yy", "zzz"]:
    count += len(w)
print(total, count)
