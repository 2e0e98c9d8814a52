# requests.py -- threads doing simulated I/O: each "request" sleeps 0.2 s (time.sleep
# releases the GIL, so the sleeps overlap) and then counts its status under a lock.
# Ten requests finish in about 0.2 s, not 2 s: the GIL does not stop I/O-bound threads
# from overlapping, and the lock keeps the counts exact.
#
#   gilpy run examples/requests.py
#   gilpy run --seed 3 examples/requests.py      # virtual clock: instant and reproducible
import threading
import time

results = {"success": 0, "failure": 0}
lock = threading.Lock()


def make_request(i):
    time.sleep(0.2)
    status = 200 if i % 4 != 0 else 500
    with lock:
        if status == 200:
            results["success"] += 1
        else:
            results["failure"] += 1


start = time.time()
threads = [threading.Thread(target=make_request, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - start
print(results)
print("overlapped:", elapsed < 1.0)
