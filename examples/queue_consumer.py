# queue_consumer.py -- queue.Queue is the thread-safe hand-off: consumers drain it with
# get_nowait() and stop on queue.Empty. No item is lost or taken twice, whatever the
# schedule, because the queue locks internally.
#
#   gilpy run examples/queue_consumer.py
#   gilpy run --check-interval 1 examples/queue_consumer.py
import queue
import threading

q = queue.Queue()
for i in range(1000):
    q.put(i)

seen = []
seen_lock = threading.Lock()


def consumer():
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            return
        with seen_lock:
            seen.append(item)
        q.task_done()


threads = [threading.Thread(target=consumer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == list(range(1000)), q.empty())
