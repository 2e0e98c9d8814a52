# Generators shared between threads: any thread may resume a generator another
# thread created; concurrent resumption raises "generator already executing".
import threading

def numbers(n):
    for i in range(n):
        yield i

g = numbers(1000)
out = []
lock = threading.Lock()

def worker():
    while True:
        with lock:
            try:
                v = next(g)
            except StopIteration:
                return
        out.append(v)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out), sorted(out) == list(range(1000)))

# A generator created in one thread and finished in another, with send and state.
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

acc = accumulate()
next(acc)
def feeder(k):
    acc.send(k)
t = threading.Thread(target=feeder, args=(5,))
t.start()
t.join()
t = threading.Thread(target=feeder, args=(7,))
t.start()
t.join()
try:
    acc.send(None)
except StopIteration as e:
    print("total from threads:", e.value)

# A thread iterating a generator with a for loop that was created in main.
results = []
def consume(gen):
    for x in gen:
        results.append(x * x)
gen = (i for i in range(10))
t = threading.Thread(target=consume, args=(gen,))
t.start()
t.join()
print(results)

# Unsynchronised access to one generator: some thread may find it running.
import time
def slow():
    for i in range(20):
        time.sleep(0.001)
        yield i

s = slow()
errors = []
got = []
def racer():
    for _ in range(20):
        try:
            got.append(next(s))
        except ValueError as e:
            errors.append(str(e))
        except StopIteration:
            return
ts = [threading.Thread(target=racer) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got) == sorted(set(got)), set(errors) <= {"generator already executing"}, len(errors) > 0)
