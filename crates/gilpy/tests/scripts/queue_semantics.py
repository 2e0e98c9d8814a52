# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue semantics without threads.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print("fifo", q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
for i in range(5):
    lq.put_nowait(i)
print("lifo", [lq.get_nowait() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    pq.put(item)
print("prio", [pq.get() for _ in range(5)])

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print("bounded", bq.qsize(), bq.full(), bq.maxsize)
try:
    bq.put_nowait(3)
except queue.Full as e:
    print("put_nowait Full", type(e).__name__, repr(e))
try:
    bq.put(3, block=False)
except queue.Full:
    print("put block=False Full")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("put timeout Full")
try:
    bq.put(3, timeout=-1)
except ValueError as e:
    print("put ValueError", e)
print(bq.get(), bq.get())
try:
    bq.get_nowait()
except queue.Empty as e:
    print("get_nowait Empty", type(e).__name__, repr(e))
try:
    bq.get(False)
except queue.Empty:
    print("get block=False Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("get timeout Empty")
try:
    bq.get(timeout=0)
except queue.Empty:
    print("get timeout=0 Empty")
# A negative timeout is refused even when an item is there.
bq.put("x")
try:
    bq.get(timeout=-0.5)
except ValueError as e:
    print("get ValueError", e)
print("still there", bq.get(block=False))
# Non-blocking calls ignore the timeout.
try:
    bq.get(False, -1)
except queue.Empty:
    print("nonblocking ignores timeout")
# Unbounded: a negative put timeout is not looked at.
uq = queue.Queue()
uq.put(1, timeout=-1)
print("unbounded put", uq.qsize())

# task_done / join bookkeeping.
tq = queue.Queue()
tq.put("a")
tq.put("b")
print("unfinished", tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.get()
tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print("simple", sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
print("simple empty", sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("simple Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple timeout Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# A subclass overriding the storage hooks, as CPython documents.
class Reversed(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)

r = Reversed()
for i in range(3):
    r.put(i)
print("subclass", [r.get() for _ in range(3)])
