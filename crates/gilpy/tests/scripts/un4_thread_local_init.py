# threading.local subclasses: __init__ re-runs with the constructor's arguments in each thread (un4)
import threading

class Ctx(threading.local):
    inits = []
    def __init__(self, default, *, tag="t"):
        Ctx.inits.append((threading.current_thread().name, default, tag))
        self.stack = [default]
        self.tag = tag

ctx = Ctx("root", tag="main")
seen = {}
def work(name):
    ctx.stack.append(name)
    seen[name] = (list(ctx.stack), ctx.tag)

for i in range(3):
    t = threading.Thread(target=work, args=(f"w{i}",), name=f"T{i}")
    t.start()
    t.join()
print(sorted(seen.items()))
print(ctx.stack, ctx.tag)
print(Ctx.inits)

class Counter(threading.local):
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
c.bump(); c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start(); t.join()
print(c.n, out)

plain = threading.local()
plain.x = 1
t = threading.Thread(target=lambda: out.append(hasattr(plain, "x")))
t.start(); t.join()
print(out[-1], plain.x)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

class Failing(threading.local):
    def __init__(self, ok):
        if threading.current_thread().name != "MainThread":
            raise ValueError("init failed in thread")
f = Failing(True)
errs = []
def touch():
    try:
        f.anything = 1
    except ValueError as e:
        errs.append(str(e))
t = threading.Thread(target=touch)
t.start(); t.join()
print(errs)
