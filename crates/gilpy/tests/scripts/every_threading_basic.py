import threading
results = {}
lock = threading.Lock()
def worker(n):
    total = sum(range(n * 1000))
    with lock:
        results[n] = total
threads = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads], [t.is_alive() for t in threads])
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 2
cs = [Counter(i) for i in range(3)]
for c in cs: c.start()
for c in cs: c.join()
print([c.result for c in cs])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
counter = 0
def incr():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=incr) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter)
print(threading.active_count())
