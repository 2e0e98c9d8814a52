import threading
import queue
q = queue.Queue()
results = []
rlock = threading.Lock()
def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()
p = threading.Thread(target=producer, args=(10,))
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
print(sorted(results))
print(q.empty(), q.qsize())
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(2, "b"), (1, "a"), (3, "c")]: pq.put(x)
print([pq.get()[1] for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty raised")
fq = queue.Queue(maxsize=1)
fq.put(1)
try:
    fq.put_nowait(2)
except queue.Full:
    print("Full raised")
