# check_then_act.py -- "if key not in cache: cache[key] = compute(key)" from several threads.
#
# Each single dict operation is atomic under the GIL, but the check and the act are two
# operations: two threads can both see the key missing and both compute it. This prints
# how many times each key was computed; anything above 1 is the race.
#
#   gilpy run examples/check_then_act.py
#   gilpy explore --runs 60 examples/check_then_act.py   # schedules where a key is computed twice
import threading

cache = {}
computed = {}


def compute(key):
    computed[key] = computed.get(key, 0) + 1
    total = 0
    # Long enough to outlast starting the other threads; a shorter one can finish every
    # key before a second thread runs (gilpy is fast, and switches at most every ~20 µs).
    for i in range(2000):
        total += i * key
    return total


def lookup(key):
    if key not in cache:
        cache[key] = compute(key)
    return cache[key]


def worker():
    for key in range(20):
        lookup(key)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

twice = sorted(k for k, n in computed.items() if n > 1)
print("keys computed more than once:", twice)
