import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        try:
            with lock:
                processed.append(item * 2)
        finally:
            q.task_done()

for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()

for item in range(20):
    q.put(item)
q.join()
print("All work completed")
print(sorted(processed))
print("unfinished:", q.unfinished_tasks, "size:", q.qsize())

try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
small = queue.Queue(maxsize=1)
small.put("a")
try:
    small.put_nowait("b")
except queue.Full:
    print("queue.Full raised, full() =", small.full())
