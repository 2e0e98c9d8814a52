import threading, time
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("woke")
t = threading.Thread(target=waiter)
t.start()
out.append("setting")
ev.set()
t.join()
print(out, ev.is_set())
sem = threading.Semaphore(2)
active = []
maxactive = [0]
mlock = threading.Lock()
def job(i):
    with sem:
        with mlock:
            active.append(i)
            maxactive[0] = max(maxactive[0], len(active))
        time.sleep(0.01)
        with mlock:
            active.remove(i)
ts = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("max concurrent <= 2:", maxactive[0] <= 2)
rl = threading.RLock()
def rec(n):
    with rl:
        return 0 if n == 0 else 1 + rec(n - 1)
print(rec(5))
b = threading.Barrier(3)
order = []
def bw(i):
    b.wait()
    with mlock:
        order.append(i)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), b.parties)
fired = []
tm = threading.Timer(0.02, lambda: fired.append("timer"))
tm.start(); tm.join()
print(fired)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start(); d.join()
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(blocking=False))
l.release()
print(l.locked())
