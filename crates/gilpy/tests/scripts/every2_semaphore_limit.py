import threading
import time

MAX_CONNECTIONS = 3
pool = threading.BoundedSemaphore(MAX_CONNECTIONS)
state_lock = threading.Lock()
active = 0
peak = 0
served = []

def handle(client_id):
    global active, peak
    with pool:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with state_lock:
            active -= 1
            served.append(client_id)

threads = [threading.Thread(target=handle, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("served:", sorted(served))
print("peak within limit:", peak <= MAX_CONNECTIONS)
print("active at end:", active)

sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

s = threading.Semaphore(2)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
