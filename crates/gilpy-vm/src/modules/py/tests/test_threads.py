# Thread objects: names, reprs, errors, join with timeout, daemon flag,
# current_thread / main_thread / enumerate / active_count, subclassing,
# excepthook. Prints the same on CPython's threading and on ours.
import threading
import time
import _thread


def masked(t):
    # repr() with the (run-dependent) ident replaced
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "ID")
    return r


def worker():
    pass


# default names: the counter is shared; "(target)" only with a target
t1 = threading.Thread(target=worker)
t2 = threading.Thread()
t3 = threading.Thread(target=worker, name="custom")
t4 = threading.Thread(target=lambda: None)
t5 = threading.Thread(name=42)
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name, "|", t5.name)
print(masked(t1))
t1.start()
t1.join()
print(masked(t1), t1.is_alive(), t1.ident is not None)
print(isinstance(t1.ident, int), t1.daemon)

# errors
try:
    t1.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t2.join()
except RuntimeError as e:
    print("join before start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
print("not started alive:", t2.is_alive())

# join(timeout) on a running thread
go = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    go.wait()
b = threading.Thread(target=blocker, name="blocker")
b.start()
started.wait()
t0 = time.monotonic()
r = b.join(0.05)
waited = time.monotonic() - t0
print("join(0.05):", r, b.is_alive(), 0.04 <= waited < 1.0)
print(masked(b))
b.join(0)
b.join(-1)
print("after join(0)/join(-1):", b.is_alive())
print("active_count >= 2:", threading.active_count() >= 2)
print("blocker in enumerate:", b in threading.enumerate())
go.set()
b.join()
print("after join:", b.is_alive(), b in threading.enumerate())

# a thread joining itself from inside
errors = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))
sj = threading.Thread(target=self_join)
sj.start()
sj.join()
print("inside:", errors)

# current_thread, main_thread, get_ident inside a thread
seen = {}
def who():
    me = threading.current_thread()
    seen["name"] = me.name
    seen["same"] = me is w
    seen["ident"] = threading.get_ident() == me.ident
    seen["main"] = threading.main_thread().name
    seen["is_main"] = me is threading.main_thread()
w = threading.Thread(target=who, name="who")
w.start()
w.join()
print(sorted(seen.items()))
print(threading.current_thread() is threading.main_thread(),
      threading.main_thread().name, threading.main_thread().is_alive())
print(masked(threading.main_thread()))

# daemon: explicit, and inherited from the creating thread
flags = []
def child():
    flags.append(threading.current_thread().daemon)
def parent():
    c = threading.Thread(target=child)
    c.start()
    c.join()
    flags.append(c.daemon)
d = threading.Thread(target=parent, daemon=True)
print("daemon:", d.daemon, threading.Thread(target=worker, daemon=False).daemon)
d.start()
d.join()
print("inherited:", flags)
nd = threading.Thread(target=parent)
nd.start()
nd.join()
print("inherited:", flags)
print(masked(d))
e = threading.Thread(target=worker)
e.daemon = True
e.start()
e.join()
print("set before start:", e.daemon)

# subclasses: run() overridden, __init__ calling super().__init__()
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
c = Counter(100)
c.start()
c.join()
print(c.total, c.name, isinstance(c, threading.Thread), masked(c))

class NamedWorker(threading.Thread):
    def __init__(self):
        super().__init__(name="nw", daemon=True)
nw = NamedWorker()
nw.start()
nw.join()
print(masked(nw))

class Forgot(threading.Thread):
    def __init__(self):
        pass
try:
    Forgot().start()
except RuntimeError as e:
    print("no __init__:", e)

# args and kwargs
out = []
def collect(a, b, *, c=0):
    out.append(a + b + c)
t = threading.Thread(target=collect, args=(1, 2), kwargs={"c": 3})
t.start()
t.join()
t = threading.Thread(target=collect, args=[10, 20])
t.start()
t.join()
print(out)

# exceptions in a thread go to threading.excepthook; SystemExit included
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def bad():
    raise ValueError("boom")
def leave():
    raise SystemExit(3)
for f in [bad, leave]:
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print("after exception, alive:", t.is_alive())
threading.excepthook = threading.__excepthook__
print(caught)

# many threads
results = [0] * 50
def square(i):
    results[i] = i * i
ts = [threading.Thread(target=square, args=(i,)) for i in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(results), any([t.is_alive() for t in ts]))

# module-level things
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.Lock is _thread.allocate_lock or threading.Lock().__class__ is _thread.allocate_lock().__class__)

# a thread not started through threading: a dummy thread object
info = []
done = threading.Event()
def raw():
    me = threading.current_thread()
    info.append(me.name)
    info.append(me.daemon)
    info.append(me.is_alive())
    info.append(masked(me))
    try:
        me.join()
    except AssertionError as e:
        info.append(str(e))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(info)
