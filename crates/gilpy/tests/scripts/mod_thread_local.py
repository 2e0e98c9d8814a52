# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.name = "main"
results = {}
lock = threading.Lock()


def worker(n):
    print_missing = not hasattr(data, "name")
    data.name = "worker-%d" % n
    data.items = []
    for i in range(200):
        data.items.append(i * n)
        if i % 50 == 0:
            threading.Event().wait(0.001)
    with lock:
        results[n] = (print_missing, data.name, sum(data.items))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print("main still sees:", data.name, hasattr(data, "items"))
try:
    data.items
except AttributeError as e:
    print("AttributeError:", str(e).split("'")[-2:])
del data.name
print(hasattr(data, "name"))


class Counter(threading.local):
    def bump(self):
        self.count = getattr(self, "count", 0) + 1
        return self.count


c = Counter()
c.bump()
c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump(), c.bump())))
t.start()
t.join()
print("main count:", c.count, "thread counts:", out)
print(isinstance(c, threading.local), type(data).__name__)
