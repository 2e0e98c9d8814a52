# Races inside the primitives themselves: notifications that cross
# timeouts, many waiters, many short-lived threads. Only invariants are
# printed, so CPython's modules and ours print the same.
import threading
import queue
import time

# 1. Queue with tiny get/put timeouts on both sides: nothing lost or doubled.
q = queue.Queue(maxsize=2)
got = []
got_lock = threading.Lock()
N = 300
def producer(base):
    i = 0
    while i < N:
        try:
            q.put(base + i, timeout=0.0005)
            i += 1
        except queue.Full:
            pass
def consumer(stop):
    while True:
        try:
            item = q.get(timeout=0.0005)
        except queue.Empty:
            if stop.is_set():
                return
            continue
        with got_lock:
            got.append(item)
stop = threading.Event()
ps = [threading.Thread(target=producer, args=(k * 10000,)) for k in range(3)]
cs = [threading.Thread(target=consumer, args=(stop,)) for _ in range(3)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
stop.set()
for t in cs:
    t.join()
want = sorted([k * 10000 + i for k in range(3) for i in range(N)])
print("queue with timeouts:", sorted(got) == want, q.empty())

# 2. Semaphore: tiny acquire timeouts never let more than `value` in.
sem = threading.BoundedSemaphore(3)
inside = [0]
peak = [0]
entries = [0]
guard = threading.Lock()
def user():
    n = 0
    while n < 100:
        if sem.acquire(timeout=0.0002):
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
                entries[0] += 1
            with guard:
                inside[0] -= 1
            sem.release()
            n += 1
us = [threading.Thread(target=user) for _ in range(8)]
for t in us:
    t.start()
for t in us:
    t.join()
print("semaphore:", peak[0] <= 3, entries[0], inside[0], sem.acquire(False))

# 3. Condition: each notify(1) is consumed by exactly one waiter even when
#    waiters time out all the time.
cond = threading.Condition()
tokens = [0]
taken = [0]
def taker(count):
    n = 0
    while n < count:
        with cond:
            if tokens[0] > 0:
                tokens[0] -= 1
                taken[0] += 1
                n += 1
                continue
            cond.wait(0.0003)
def giver(count):
    for _ in range(count):
        with cond:
            tokens[0] += 1
            cond.notify()
ts = [threading.Thread(target=taker, args=(50,)) for _ in range(4)]
gs = [threading.Thread(target=giver, args=(100,)) for _ in range(2)]
for t in ts + gs:
    t.start()
for t in ts + gs:
    t.join()
print("condition:", taken[0], tokens[0], len(cond._waiters) if hasattr(cond, "_waiters") else 0)

# 4. Many short threads, joined with and without timeouts.
counter = [0]
clock = threading.Lock()
def bump():
    with clock:
        counter[0] += 1
threads = []
for i in range(200):
    t = threading.Thread(target=bump)
    t.start()
    threads.append(t)
for i in range(200):
    if i % 2:
        threads[i].join()
    else:
        while threads[i].is_alive():
            threads[i].join(0.001)
print("threads:", counter[0], threading.active_count(), len(threading.enumerate()))

# 5. Event set/clear cycles with waiters: nobody stays stuck.
ev = threading.Event()
rounds = [0]
def ev_waiter():
    for _ in range(50):
        ev.wait(0.01)
    with clock:
        rounds[0] += 1
ws = [threading.Thread(target=ev_waiter) for _ in range(4)]
for t in ws:
    t.start()
while any([t.is_alive() for t in ws]):
    ev.set()
    ev.clear()
    time.sleep(0.0005)
for t in ws:
    t.join()
print("event:", rounds[0])

# 6. RLock under contention
rl = threading.RLock()
total = [0]
def rl_user():
    for _ in range(2000):
        with rl:
            with rl:
                total[0] += 1
rs = [threading.Thread(target=rl_user) for _ in range(4)]
for t in rs:
    t.start()
for t in rs:
    t.join()
print("rlock:", total[0], rl.acquire(False))
rl.release()

# 7. 1,000 threads started, then joined (the SPEC's scale goal)
out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("1000 threads:", len(out), sorted(out) == list(range(1000)), threading.active_count())
