# counter.py -- four threads each run `counter += 1` 100,000 times with no lock.
#
# The GIL makes each *bytecode instruction* atomic, not each line: `counter += 1` is a load,
# an add and a store (see `gilpy dis examples/counter.py`). A switch between the load and
# the store loses an update, so this prints less than 400000 (CPython 2.7 does the same).
#
#   gilpy run examples/counter.py                       # default: switch every ~100 instructions
#   gilpy run --seed 7 examples/counter.py              # one reproducible schedule
#   gilpy run --switch-points cpython examples/counter.py   # CPython 3.10+ switch points: exact
import threading

counter = 0


def worker(n):
    global counter
    for _ in range(n):
        counter += 1


threads = [threading.Thread(target=worker, args=(100_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(counter)
