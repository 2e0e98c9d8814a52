import threading
import time
def task(name, delay, results):
    time.sleep(delay)
    results.append(f"{name} done by {threading.current_thread().name}")
results = []
threads = []
for i, d in enumerate([0.03, 0.01, 0.02]):
    t = threading.Thread(target=task, args=(f"task{i}", d, results), name=f"Worker-{i}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread().name)
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.daemon, t.ident is None)
t.start(); t.join()
print(isinstance(t.ident, int), t.is_alive())
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"W{n}")
        self.n = n
        self.out = None
    def run(self):
        self.out = sum(range(self.n))
ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.out) for w in ws])
lock = threading.Lock()
shared = {"count": 0}
def add(n):
    for _ in range(n):
        with lock:
            shared["count"] += 1
ts = [threading.Thread(target=add, args=(500,)) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(shared)
e = threading.Event()
print(e.wait(0.01), e.is_set())
e.set(); e.clear()
print(e.is_set())
