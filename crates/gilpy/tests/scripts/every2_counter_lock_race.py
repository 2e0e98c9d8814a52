import threading

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1

def work(counter, n):
    for _ in range(n):
        counter.increment()

counter = Counter()
threads = [threading.Thread(target=work, args=(counter, 5000)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final count:", counter.value)
print("expected:", 4 * 5000)

lock = threading.Lock()
print("locked before:", lock.locked())
lock.acquire()
print("locked during:", lock.locked(), "try again:", lock.acquire(False))
lock.release()
print("acquire with timeout:", lock.acquire(timeout=0.01))
lock.release()
