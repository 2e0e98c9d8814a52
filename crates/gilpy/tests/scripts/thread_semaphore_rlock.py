# Semaphore bounding concurrency, Semaphore counting, RLock re-entry
import threading
import time

pool = threading.Semaphore(2)
active = [0]
peak = [0]
state_lock = threading.Lock()
finished = []

def limited_job(n):
    with pool:
        with state_lock:
            active[0] += 1
            if active[0] > peak[0]:
                peak[0] = active[0]
        time.sleep(0.02)
        with state_lock:
            active[0] -= 1
            finished.append(n)

jobs = [threading.Thread(target=limited_job, args=(n,)) for n in range(6)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print("finished:", sorted(finished))
print("peak concurrency within limit:", peak[0] <= 2, "limit reached:", peak[0] == 2)
print("active at end:", active[0])

# acquire/release by hand, non-blocking and timeouts
sem = threading.Semaphore(1)
print("acquire:", sem.acquire())
print("second non-blocking acquire:", sem.acquire(blocking=False))
print("acquire with timeout:", sem.acquire(timeout=0.01))
sem.release()
print("after release, acquire:", sem.acquire(False))
sem.release()
sem.release()
print("released twice, two acquires:", sem.acquire(False), sem.acquire(False), sem.acquire(False))

# RLock: the same thread may acquire again; other threads wait for the outermost release
rlock = threading.RLock()
trace = []

def outer_op(depth):
    with rlock:
        trace.append(f"enter depth {depth}")
        if depth < 3:
            outer_op(depth + 1)
        trace.append(f"leave depth {depth}")

outer_op(1)
print("\n".join(trace))

rlock.acquire()
rlock.acquire()
print("acquired twice by main")
blocked = []

def try_from_other():
    blocked.append(rlock.acquire(blocking=False))

t = threading.Thread(target=try_from_other)
t.start()
t.join()
rlock.release()
t = threading.Thread(target=try_from_other)
t.start()
t.join()
rlock.release()
t = threading.Thread(target=try_from_other)
t.start()
t.join()
print("other thread could acquire after 0, 1, 2 releases:", blocked)
plain = threading.Lock()
plain.acquire()
print("plain Lock re-acquire non-blocking:", plain.acquire(False))
plain.release()

# a thread-safe bank built on RLock: transfer calls withdraw/deposit which lock again
class Bank:
    def __init__(self):
        self.lock = threading.RLock()
        self.balances = {"a": 1000, "b": 1000, "c": 1000}

    def withdraw(self, who, amount):
        with self.lock:
            self.balances[who] -= amount

    def deposit(self, who, amount):
        with self.lock:
            self.balances[who] += amount

    def transfer(self, src, dst, amount):
        with self.lock:
            self.withdraw(src, amount)
            self.deposit(dst, amount)

bank = Bank()

def shuffle(src, dst, times):
    for _ in range(times):
        bank.transfer(src, dst, 1)

movers = [threading.Thread(target=shuffle, args=pair) for pair in
          [("a", "b", 300), ("b", "c", 200), ("c", "a", 100), ("a", "c", 50)]]
for m in movers:
    m.start()
for m in movers:
    m.join()
print("balances:", bank.balances, "total:", sum(bank.balances.values()))
try:
    threading.RLock().release()
except RuntimeError as e:
    print("RuntimeError:", e)
