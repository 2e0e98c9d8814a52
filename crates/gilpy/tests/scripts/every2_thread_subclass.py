import threading

class Worker(threading.Thread):
    """Sum the squares of a range in a separate thread."""

    def __init__(self, name, start, stop):
        super().__init__(name=name)
        self.lo = start
        self.hi = stop
        self.result = None

    def run(self):
        self.result = sum(i * i for i in range(self.lo, self.hi))

workers = [Worker(f"worker-{i}", i * 1000, (i + 1) * 1000) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()

for w in workers:
    print(f"{w.name}: range({w.lo}, {w.hi}) -> {w.result}")
total = sum(w.result for w in workers)
print("total:", total)
print("check:", total == sum(i * i for i in range(4000)))
print("alive after join:", [w.is_alive() for w in workers])
print(isinstance(workers[0], threading.Thread), workers[0].daemon)
