# threads that sleep (releasing the GIL), with results sorted or slotted before printing
import threading
import time

finish_order = []
order_lock = threading.Lock()

def napper(name, seconds, out):
    time.sleep(seconds)
    with order_lock:
        finish_order.append(name)
    out[name] = f"{name} slept {seconds:.2f}s"

out = {}
specs = [("slow", 0.15), ("fast", 0.01), ("medium", 0.08), ("instant", 0.0)]
threads = [threading.Thread(target=napper, args=(name, secs, out)) for name, secs in specs]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(out):
    print(out[name])
print("all finished:", sorted(finish_order))
print("slow finished last:", finish_order[-1] == "slow")

# sleeping threads overlap: total elapsed is far less than the sum of sleeps
start = time.time()
sleepers = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(5)]
for s in sleepers:
    s.start()
for s in sleepers:
    s.join()
elapsed = time.time() - start
print("five 0.1s sleeps overlapped:", elapsed < 0.4)

# simulated downloads writing into per-thread slots
pages = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
sizes = [None] * len(pages)

def fetch(i, page):
    time.sleep(0.01 * (len(pages) - i))
    sizes[i] = len(page) * 100

workers = [threading.Thread(target=fetch, args=(i, p)) for i, p in enumerate(pages)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for page, size in zip(pages, sizes):
    print(f"{page:<8}{size:>6}")
print("total bytes:", sum(sizes))

# sleep(0) yields; a worker loop that polls a flag set by main
stop = threading.Event()
ticks = [0]

def poller():
    while not stop.is_set():
        ticks[0] += 1
        time.sleep(0.001)

p = threading.Thread(target=poller)
p.start()
time.sleep(0.05)
stop.set()
p.join()
print("poller ran and stopped:", ticks[0] > 0, p.is_alive())

# time functions are monotonic enough for ordering
t0 = time.monotonic()
c0 = time.perf_counter()
time.sleep(0.02)
print("monotonic advanced:", time.monotonic() > t0, "perf_counter advanced:", time.perf_counter() > c0)
print("time() is a float:", type(time.time()).__name__)

# ranking results by a computed score rather than by finish time
scores = {}
score_lock = threading.Lock()

def score(name):
    time.sleep(0.005 * len(name))
    value = sum(ord(c) for c in name) % 97
    with score_lock:
        scores[name] = value

names = ["ada", "grace", "linus", "guido", "barbara", "ken"]
ts = [threading.Thread(target=score, args=(n,)) for n in names]
for t in ts:
    t.start()
for t in ts:
    t.join()
for rank, (name, value) in enumerate(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    print(rank, name, value)
print("active threads at end:", threading.active_count())
