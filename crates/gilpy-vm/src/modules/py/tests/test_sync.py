# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer:
# results, timeouts and error messages. Prints the same on CPython's
# threading and on ours.
import threading
import time


def took(t0, low, high=1.0):
    d = time.monotonic() - t0
    return low <= d < high


def run_in_thread(fn, *args):
    t = threading.Thread(target=fn, args=args)
    t.start()
    t.join()


# --- Lock
lock = threading.Lock()
print("lock:", lock.acquire(), lock.locked(), lock.acquire(False))
t0 = time.monotonic()
print("held acquire(timeout=0.05):", lock.acquire(timeout=0.05), took(t0, 0.04))
print("held acquire(True, 0.05):", lock.acquire(True, 0.05))
lock.release()
print("released:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
with lock:
    print("with:", lock.locked())
print("after with:", lock.locked())
# a plain lock may be released by another thread
lock.acquire()
run_in_thread(lock.release)
print("released by other thread:", lock.locked())

# --- RLock
rl = threading.RLock()
print("rlock:", rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("rlock release unowned:", e)
with rl:
    with rl:
        out = []
        def other():
            out.append(rl.acquire(False))
            out.append(rl.acquire(timeout=0.05))
            try:
                rl.release()
            except RuntimeError as e:
                out.append(str(e))
        run_in_thread(other)
        print("other thread:", out)
print("rlock free again:", rl.acquire(False))
rl.release()

# --- Condition
cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("wait unowned:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("notify unowned:", e)
with cond:
    t0 = time.monotonic()
    print("wait(0.05):", cond.wait(0.05), took(t0, 0.04))
    print("wait(0):", cond.wait(0))
    print("wait_for true:", cond.wait_for(lambda: 7))
    t0 = time.monotonic()
    print("wait_for timeout:", cond.wait_for(lambda: 0, 0.05), took(t0, 0.04))

# notify(n) wakes n waiters, notify_all the rest; works on a plain Lock too
for make in [threading.Condition, lambda: threading.Condition(threading.Lock())]:
    c = make()
    state = {"ready": 0, "woken": 0, "tickets": 0}
    def waiter():
        with c:
            state["ready"] += 1
            c.notify_all()
            while state["tickets"] == 0:
                c.wait()
            state["tickets"] -= 1
            state["woken"] += 1
            c.notify_all()
    ws = [threading.Thread(target=waiter) for _ in range(5)]
    for w in ws:
        w.start()
    with c:
        c.wait_for(lambda: state["ready"] == 5)
        state["tickets"] = 2
        c.notify(2)
        c.wait_for(lambda: state["woken"] == 2, 5)
        print("after notify(2):", state["woken"])
        state["tickets"] = 3
        c.notify_all()
    for w in ws:
        w.join()
    print("after notify_all:", state["woken"])

# an RLock held twice is fully released while waiting, then restored
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify()
with rc:
    with rc:
        st = threading.Thread(target=setter)
        st.start()
        print("wait_for with RLock held twice:", rc.wait_for(lambda: flag, 5))
    st.join()

# --- Semaphore
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("Semaphore(-1):", e)
s = threading.Semaphore(2)
print("sem:", s.acquire(), s.acquire(), s.acquire(blocking=False))
t0 = time.monotonic()
print("sem acquire(timeout=0.05):", s.acquire(timeout=0.05), took(t0, 0.04))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("non-blocking with timeout:", e)
try:
    s.release(0)
except ValueError as e:
    print("release(0):", e)
got = []
def take():
    got.append(s.acquire(timeout=5))
ts = [threading.Thread(target=take) for _ in range(2)]
for t in ts:
    t.start()
s.release(2)
for t in ts:
    t.join()
print("release(2) woke:", got)
s.release(3)
with s:
    print("with sem:", s.acquire(False), s.acquire(False), s.acquire(False))

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("bounded:", e)
with bs:
    print("bounded with:", bs.acquire(False))

# --- Event
ev = threading.Event()
t0 = time.monotonic()
print("event wait(0.05):", ev.wait(0.05), took(t0, 0.04), ev.is_set())
ev.set()
print("set:", ev.wait(), ev.wait(0), ev.is_set())
ev.clear()
print("clear:", ev.is_set(), ev.wait(0))
woke = []
def ev_wait():
    woke.append(ev.wait(5))
ws = [threading.Thread(target=ev_wait) for _ in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print("all woken:", woke)

# --- Barrier
actions = []
b = threading.Barrier(3, action=lambda: actions.append("go"))
idx = []
idx_lock = threading.Lock()
def arrive():
    i = b.wait()
    with idx_lock:
        idx.append(i)
for rnd in range(2):
    ts = [threading.Thread(target=arrive) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("barrier:", sorted(idx), actions, b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.05)
except threading.BrokenBarrierError as e:
    print("barrier timeout:", type(e).__name__, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("reset:", b2.broken)
b3 = threading.Barrier(2)
res = []
def wait_b3():
    try:
        b3.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")
t = threading.Thread(target=wait_b3)
t.start()
while b3.n_waiting == 0:
    time.sleep(0.001)
b3.abort()
t.join()
print("abort:", res, b3.broken, isinstance(threading.BrokenBarrierError(), RuntimeError))

# --- Timer
fired = []
tm = threading.Timer(0.05, fired.append, args=["fired"])
t0 = time.monotonic()
tm.start()
tm.join()
print("timer:", fired, took(t0, 0.04))
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print("cancelled:", fired, tm2.is_alive())
