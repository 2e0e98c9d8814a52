# queue.Queue: producers and consumers with sentinels, task_done/join, Empty and Full
import queue
import threading

SENTINEL = None
jobs = queue.Queue()
results = queue.Queue()

def producer(name, items):
    for item in items:
        jobs.put((name, item))

def consumer(cid):
    handled = 0
    while True:
        job = jobs.get()
        if job is SENTINEL:
            jobs.task_done()
            break
        name, item = job
        results.put((name, item, item * item))
        handled += 1
        jobs.task_done()
    results.put(("consumer-done", cid, handled))

producers = [threading.Thread(target=producer, args=(f"p{i}", range(i * 10, i * 10 + 5))) for i in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    jobs.put(SENTINEL)
jobs.join()
for t in consumers:
    t.join()

squares = []
done_reports = []
while not results.empty():
    r = results.get()
    if r[0] == "consumer-done":
        done_reports.append(r)
    else:
        squares.append(r)
squares.sort()
for name, item, sq in squares:
    print(name, item, sq)
print("consumers finished:", len(done_reports), "handled in total:", sum(r[2] for r in done_reports))
print("queue empty:", jobs.empty(), jobs.qsize())

# a bounded queue and the non-blocking calls
small = queue.Queue(maxsize=2)
small.put("a")
small.put_nowait("b")
print("full?", small.full(), "size", small.qsize())
try:
    small.put_nowait("c")
except queue.Full:
    print("queue.Full raised")
try:
    small.put("c", timeout=0.01)
except queue.Full:
    print("queue.Full after timeout")
print(small.get(), small.get_nowait())
try:
    small.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
try:
    small.get(block=False)
except queue.Empty:
    print("queue.Empty with block=False")
try:
    small.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")

# a pipeline of stages connected by queues, FIFO order is preserved in one chain
def stage(inbox, outbox, func):
    while True:
        item = inbox.get()
        if item is SENTINEL:
            outbox.put(SENTINEL)
            return
        outbox.put(func(item))

q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
s1 = threading.Thread(target=stage, args=(q1, q2, lambda x: x + 1))
s2 = threading.Thread(target=stage, args=(q2, q3, lambda x: f"<{x * 2}>"))
s1.start()
s2.start()
for i in range(8):
    q1.put(i)
q1.put(SENTINEL)
collected = []
while True:
    item = q3.get()
    if item is SENTINEL:
        break
    collected.append(item)
s1.join()
s2.join()
print("pipeline:", collected)

# bounded queue makes a fast producer wait for a slow consumer
buf = queue.Queue(maxsize=3)
max_size_seen = [0]

def fast_producer():
    for i in range(20):
        buf.put(i)
        if buf.qsize() > max_size_seen[0]:
            max_size_seen[0] = buf.qsize()
    buf.put(SENTINEL)

received = []
t = threading.Thread(target=fast_producer)
t.start()
while True:
    v = buf.get()
    if v is SENTINEL:
        break
    received.append(v)
t.join()
print("received in order:", received == list(range(20)), "max size within bound:", max_size_seen[0] <= 3)
