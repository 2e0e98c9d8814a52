# shared counters protected by a Lock, both with `with lock:` and acquire/try/finally/release
import threading

counter = 0
lock = threading.Lock()

def add_with(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

def add_acquire(n):
    global counter
    for _ in range(n):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()

threads = [threading.Thread(target=add_with, args=(20000,)) for _ in range(4)]
threads += [threading.Thread(target=add_acquire, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "expected:", 8 * 20000)

# a read-modify-write through a function call, still exact under the lock
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
        self.ops = 0

    def apply(self, delta):
        with self.lock:
            current = self.balance
            current = current + delta
            self.balance = current
            self.ops += 1

acct = Account()

def depositor(n):
    for _ in range(n):
        acct.apply(+2)

def withdrawer(n):
    for _ in range(n):
        acct.apply(-1)

workers = [threading.Thread(target=depositor, args=(5000,)) for _ in range(3)]
workers += [threading.Thread(target=withdrawer, args=(5000,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("balance:", acct.balance, "ops:", acct.ops)

# a dict of per-key counters under one lock
tally = {}
tally_lock = threading.Lock()

def count_words(words):
    for w in words:
        with tally_lock:
            tally[w] = tally.get(w, 0) + 1

chunks = [["a", "b", "a"] * 500, ["b", "c"] * 700, ["a", "c", "c", "d"] * 300]
ts = [threading.Thread(target=count_words, args=(chunk,)) for chunk in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("tally:", sorted(tally.items()))

# lock state
l = threading.Lock()
print("locked?", l.locked())
print("acquire:", l.acquire())
print("locked?", l.locked())
print("non-blocking acquire while held:", l.acquire(False))
print("timeout acquire while held:", l.acquire(timeout=0.01))
l.release()
print("locked after release?", l.locked())
with l:
    print("inside with, locked?", l.locked())
print("after with, locked?", l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# list.append from many threads: every item arrives (order sorted before printing)
results = []
def produce(tag):
    for i in range(100):
        with lock:
            results.append((tag, i))

ts = [threading.Thread(target=produce, args=(tag,)) for tag in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results), sorted(results)[:3], sorted(results)[-1])
print({tag: sum(1 for t2, _ in results if t2 == tag) for tag in "xyz"})
