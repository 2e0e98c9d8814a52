# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue: order, blocking,
# timeouts, Empty/Full, task_done/join. Prints the same on CPython's queue
# and on ours.
import queue
import threading
import time


def took(t0, low, high=1.0):
    d = time.monotonic() - t0
    return low <= d < high


print(isinstance(queue.Empty(), Exception), isinstance(queue.Full(), Exception))
q = queue.Queue()
print("new:", q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(5):
    q.put(i)
print("fifo:", [q.get() for _ in range(5)], q.empty())

t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("get(timeout=0.05): Empty", repr(str(e)), took(t0, 0.04))
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
try:
    q.get(False)
except queue.Empty:
    print("get(False): Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("negative timeout:", e)

# bounded
b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print("full:", b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full:
    print("put_nowait: Full")
t0 = time.monotonic()
try:
    b.put("c", timeout=0.05)
except queue.Full:
    print("put(timeout=0.05): Full", took(t0, 0.04))
try:
    b.put("c", block=False)
except queue.Full:
    print("put(block=False): Full")
try:
    b.put("c", timeout=-1)
except ValueError as e:
    print("negative put timeout:", e)

# a blocked put goes through once a consumer makes room
def make_room():
    time.sleep(0.05)
    b.get()
t = threading.Thread(target=make_room)
t.start()
t0 = time.monotonic()
b.put("c")
t.join()
print("blocked put:", took(t0, 0.04), [b.get(), b.get()], b.empty())

# a blocked get returns once a producer puts
def produce_later():
    time.sleep(0.05)
    q.put("late")
t = threading.Thread(target=produce_later)
t.start()
print("blocked get:", q.get(timeout=5))
t.join()

# many items through FIFO with gets interleaved
seq = []
for i in range(1000):
    q.put(i)
    if i % 3 == 0:
        seq.append(q.get())
while not q.empty():
    seq.append(q.get())
print("order kept:", seq == list(range(1000)), q.qsize())

# task_done / join
jq = queue.Queue()
try:
    jq.task_done()
except ValueError as e:
    print("task_done:", e)
processed = []
def consumer():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        time.sleep(0.001)
        processed.append(item)
        jq.task_done()
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(30):
    jq.put(i)
jq.join()
print("join:", sorted(processed) == list(range(30)), jq.unfinished_tasks)
for c in cs:
    jq.put(None)
for c in cs:
    c.join()
jq.join()
print("all consumers done:", jq.empty())

# producer/consumer with a bounded queue and several threads on each side
pc = queue.Queue(maxsize=3)
total = [0]
tlock = threading.Lock()
def producer(base):
    for i in range(100):
        pc.put(base + i)
def summer():
    while True:
        item = pc.get()
        if item is None:
            return
        with tlock:
            total[0] += item
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
ss = [threading.Thread(target=summer) for _ in range(2)]
for t in ps + ss:
    t.start()
for t in ps:
    t.join()
for _ in ss:
    pc.put(None)
for t in ss:
    t.join()
print("sum:", total[0], sum([k * 1000 + i for k in range(3) for i in range(100)]))

# LifoQueue, PriorityQueue
lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print("lifo:", [lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(5)])
lb = queue.LifoQueue(maxsize=1)
lb.put(1)
try:
    lb.put_nowait(2)
except queue.Full:
    print("lifo full")

# SimpleQueue
sq = queue.SimpleQueue()
print("simple:", sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print("simple:", sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("simple get timeout: Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("simple get_nowait: Empty")
