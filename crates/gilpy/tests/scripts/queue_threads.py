# Producer/consumer pipelines across threads: bounded queues, sentinels, join().
import queue
import threading

# Three producers -> bounded queue -> three consumers; per-item work, exact totals.
N = 3000
q = queue.Queue(maxsize=5)
sums = [0, 0, 0]
counts = [0, 0, 0]


def produce(k):
    for i in range(k, N, 3):
        q.put(i)


def consume(k):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        sums[k] += item * item
        counts[k] += 1
        q.task_done()


ps = [threading.Thread(target=produce, args=(k,)) for k in range(3)]
cs = [threading.Thread(target=consume, args=(k,)) for k in range(3)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.join()
print("all done before sentinels:", q.unfinished_tasks, q.empty())
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print("items", sum(counts), "sum of squares", sum(sums), sum(i * i for i in range(N)))

# A two-stage pipeline: numbers -> squares -> collector, with a LifoQueue stage.
stage1 = queue.Queue(maxsize=2)
stage2 = queue.LifoQueue(maxsize=3)
out = []


def square():
    while True:
        x = stage1.get()
        if x is None:
            stage2.put(None)
            return
        stage2.put(x * x)


def collect():
    while True:
        y = stage2.get()
        if y is None:
            # LIFO: the sentinel can overtake items put before it; they are all in.
            while True:
                try:
                    out.append(stage2.get_nowait())
                except queue.Empty:
                    return
        out.append(y)


a = threading.Thread(target=square)
b = threading.Thread(target=collect)
a.start()
b.start()
for i in range(200):
    stage1.put(i)
stage1.put(None)
a.join()
b.join()
print("pipeline", len(out), sum(out), sorted(out)[:5])

# PriorityQueue drained by workers: all items, in priority order per worker.
pq = queue.PriorityQueue()
for i in [5, 3, 9, 1, 7, 2, 8, 6, 4, 0]:
    pq.put((i, "job%d" % i))
seen = []
lock = threading.Lock()


def worker():
    mine = []
    while True:
        try:
            p, name = pq.get_nowait()
        except queue.Empty:
            break
        mine.append(p)
    with lock:
        seen.append(mine == sorted(mine))
        seen.append(len(mine))


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("priority workers ordered:", all(x for x in seen if x is True or x is False), sum(x for x in seen if type(x) is int))

# A consumer waiting with a timeout gets the item put later, then times out.
tq = queue.Queue()
got = []


def waiter():
    got.append(tq.get(timeout=5))
    try:
        tq.get(timeout=0.05)
    except queue.Empty:
        got.append("Empty")


w = threading.Thread(target=waiter)
w.start()
tq.put("late")
w.join()
print("timeout consumer", got)

# A producer blocked on a full queue is released by a get.
fq = queue.Queue(maxsize=1)
fq.put("first")
done = []


def blocked_put():
    fq.put("second")
    done.append("put returned")


p = threading.Thread(target=blocked_put)
p.start()
print("got", fq.get())
p.join()
print(done, fq.get())
