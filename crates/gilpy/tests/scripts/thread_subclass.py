# Thread subclasses, names, join/is_alive, per-thread result slots, current_thread
import threading
import time

print("main thread:", threading.current_thread().name)
print("is main alive:", threading.current_thread().is_alive())

class Worker(threading.Thread):
    def __init__(self, index, numbers, results):
        super().__init__(name=f"worker-{index}")
        self.index = index
        self.numbers = numbers
        self.results = results
        self.seen_name = None

    def run(self):
        self.seen_name = threading.current_thread().name
        total = 0
        for n in self.numbers:
            total += n * n
        self.results[self.index] = total

results = [None] * 4
workers = [Worker(i, range(i * 100, (i + 1) * 100), results) for i in range(4)]
print("before start:", [w.is_alive() for w in workers], [w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print("after join:", [w.is_alive() for w in workers])
print("results:", results, "sum:", sum(results))
print("check:", sum(n * n for n in range(400)))
print("names seen inside run:", [w.seen_name for w in workers])

# default names include the target function's name
def job():
    pass

t1 = threading.Thread(target=job)
t2 = threading.Thread(target=job, name="custom")
print(t1.name, "|", t2.name)
t1.start()
t2.start()
t1.join()
t2.join()

class Quiet(threading.Thread):
    def run(self):
        pass

q = Quiet()
print("subclass default name starts with Thread-:", q.name.startswith("Thread-"))
q.start()
q.join()

# a thread that runs for a while: is_alive before and after join
class Sleeper(threading.Thread):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds
        self.done = False

    def run(self):
        time.sleep(self.seconds)
        self.done = True

s = Sleeper(0.2)
s.start()
print("sleeper alive right after start:", s.is_alive(), "done:", s.done)
s.join(timeout=0.01)
print("after short join timeout, alive:", s.is_alive())
s.join()
print("after full join, alive:", s.is_alive(), "done:", s.done)

# target with args and kwargs, results in a dict keyed by name
out = {}
def compute(name, base, *, power=2):
    out[name] = base ** power

threads = [
    threading.Thread(target=compute, args=("a", 3)),
    threading.Thread(target=compute, args=("b", 2), kwargs={"power": 10}),
    threading.Thread(target=compute, kwargs={"name": "c", "base": 7, "power": 3}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("computed:", sorted(out.items()))

# overriding __init__ without calling a custom name, and a run() that calls a method
class Pipeline(threading.Thread):
    def __init__(self, stages, value):
        super().__init__(name="pipeline")
        self.stages = stages
        self.value = value
        self.trace = []

    def run(self):
        for stage in self.stages:
            self.value = stage(self.value)
            self.trace.append(self.value)

p = Pipeline([lambda v: v + 1, lambda v: v * 10, str, lambda s: s + "!"], 4)
p.start()
p.join()
print(p.name, p.trace, repr(p.value))
print("daemon flags:", threading.Thread(target=job).daemon, threading.Thread(target=job, daemon=True).daemon)
print("still main:", threading.current_thread().name)
