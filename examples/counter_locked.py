# counter_locked.py -- the same four workers as counter.py, with a lock around `counter += 1`.
#
# Holding the lock across the load, the add and the store makes the read-modify-write
# atomic with respect to the other workers, so this always prints 400000.
#
#   gilpy run examples/counter_locked.py
#   gilpy run --check-interval 1 examples/counter_locked.py   # still exact, just slower
import threading

counter = 0
lock = threading.Lock()


def worker(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker, args=(100_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(counter)
