# threads_vs_interpreters.py -- the experiment from the GIL documents: the same
# CPU-bound function over 2 and 4 workers, with threads (one GIL), with interpreters
# (one GIL each), and with threads calling "C extensions" (sim.native releases the
# GIL, sim.native_holding_gil does not). Prints wall times and speedups over running
# the same tasks one after the other; then 50 threads of sim.io, which overlap.
#
#   gilpy run examples/threads_vs_interpreters.py           # about a minute
#   gilpy run examples/threads_vs_interpreters.py quick     # smaller tasks
#
# On a machine with 2 cores, expect threads ~1.0x, interpreters ~1.9x at 2 workers
# (and no better at 4), sim.native on threads like interpreters, and
# sim.native_holding_gil on threads ~1.0x. See docs/tutorial.md.
import sys
import time
import sim
from concurrent.futures import ThreadPoolExecutor, InterpreterPoolExecutor


def count_primes(limit):
    # Pure Python CPU work: trial division.
    found = 0
    for n in range(2, limit):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            found += 1
    return found


def native(steps):
    return sim.native(steps)


def native_holding_gil(steps):
    return sim.native_holding_gil(steps)


def sequential(fn, args):
    start = time.perf_counter()
    results = [fn(a) for a in args]
    return time.perf_counter() - start, results


def pooled(executor_class, fn, args, workers):
    start = time.perf_counter()
    with executor_class(max_workers=workers) as ex:
        results = list(ex.map(fn, args))
    return time.perf_counter() - start, results


quick = len(sys.argv) > 1 and sys.argv[1] == "quick"
PRIMES = 60000 if quick else 200000
STEPS = 100000000 if quick else 400000000

cases = [
    ("pure Python, threads", ThreadPoolExecutor, count_primes, PRIMES),
    ("pure Python, interpreters", InterpreterPoolExecutor, count_primes, PRIMES),
    ("sim.native, threads", ThreadPoolExecutor, native, STEPS),
    ("sim.native_holding_gil, threads", ThreadPoolExecutor, native_holding_gil, STEPS),
]

print("%-32s %7s %12s %10s %8s" % ("case", "workers", "one by one", "pooled", "speedup"))
for label, executor_class, fn, size in cases:
    for workers in (2, 4):
        args = [size] * workers
        base, expected = sequential(fn, args)
        wall, results = pooled(executor_class, fn, args, workers)
        same = "" if results == expected else "  RESULTS DIFFER"
        print("%-32s %7d %11.2fs %9.2fs %7.2fx%s" % (label, workers, base, wall,
                                                    base / wall, same))

# I/O: 50 threads each waiting 0.2 s overlap, GIL or not.
import threading
start = time.perf_counter()
threads = [threading.Thread(target=sim.io, args=(0.2,)) for _ in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - start
print("50 threads x sim.io(0.2): %.2f s (one after the other: 10.00 s)" % wall)
