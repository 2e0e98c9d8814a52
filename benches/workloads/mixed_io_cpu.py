# Mixed: 2 CPU-bound threads beside 4 threads doing 100 x 1 ms sleeps (simulated I/O);
# prints the CPU result and whether the I/O threads finished in reasonable time.
import threading
import time

results = [0, 0]
io_times = []


def cpu(slot):
    acc = 0
    for i in range(1_000_000):
        acc += i & 3
    results[slot] = acc


def io():
    t0 = time.perf_counter()
    for _ in range(100):
        time.sleep(0.001)
    io_times.append(time.perf_counter() - t0)


threads = [threading.Thread(target=cpu, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=io) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results), len(io_times))
