# convoy.py -- the convoy effect: an I/O thread beside a CPU-bound thread.
#
# One thread spins on the CPU for about 0.5 s; another does 50 short "I/O" waits
# (time.sleep(0.001)) and reports how long its 50 ms of sleeping took in wall time. Each
# time a sleep ends the I/O thread needs the GIL back, and the CPU thread holds it. On
# CPython 3 the returning thread waits up to the 5 ms switch interval for it every time,
# so the 50 ms of I/O stretch to well over 100 ms. gilpy puts a thread whose sleep is over
# at the front of the run queue and hands it the GIL at the CPU thread's next check
# (every ~100 instructions), so the I/O thread finishes in about 50-60 ms.
#
#   gilpy run examples/convoy.py
#   gilpy run --switch-interval 5ms examples/convoy.py   # CPython 3's policy: the convoy is back
#   python3 examples/convoy.py                            # CPython, for comparison
import threading
import time


def cpu_bound():
    n = 0
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        for _ in range(1000):
            n += 1


def io_bound(out):
    start = time.monotonic()
    for _ in range(50):
        time.sleep(0.001)
    out.append(time.monotonic() - start)


took = []
cpu = threading.Thread(target=cpu_bound, name="cpu")
io = threading.Thread(target=io_bound, args=(took,), name="io")
cpu.start()
io.start()
io.join()
cpu.join()
print("io thread: %.2f s" % took[0])
