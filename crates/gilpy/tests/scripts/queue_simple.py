# queue.SimpleQueue (native in CPython and gilpy): FIFO, non-blocking and timed gets,
# blocked consumers woken by puts from other threads, argument errors.
import queue
import threading

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i)
sq.put_nowait("x")
sq.put(item="kw")
print(sq.qsize(), [sq.get() for _ in range(7)])
try:
    sq.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e), e.args)
try:
    sq.get(True, 0.02)
except queue.Empty:
    print("timed out")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    sq.get(False, -1)
except queue.Empty:
    print("non-blocking ignores the timeout")
try:
    sq.get(timeout="soon")
except TypeError:
    print("TypeError for a str timeout")
print(issubclass(queue.Empty, Exception), queue.Empty.__name__)

# Subclasses keep the native storage.
class Tagged(queue.SimpleQueue):
    def tagged_put(self, x):
        self.put(("tag", x))

t = Tagged()
t.tagged_put(1)
print(isinstance(t, queue.SimpleQueue), t.get())

# Consumers blocked in get() are woken by producers; every item arrives once.
work = queue.SimpleQueue()
results = queue.SimpleQueue()


def consumer():
    while True:
        x = work.get()
        if x is None:
            return
        results.put(x * 2)


cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(1000):
    work.put(i)
for _ in cs:
    work.put(None)
for c in cs:
    c.join()
got = []
while not results.empty():
    got.append(results.get_nowait())
print(len(got), sum(got), sorted(got) == [2 * i for i in range(1000)])

# A timed get is satisfied by a put from another thread.
late = queue.SimpleQueue()
timer = threading.Timer(0.05, late.put, args=("late item",))
timer.start()
print(late.get(timeout=10))
timer.join()
