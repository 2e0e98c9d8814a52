import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
STOP = object()

def worker():
    while True:
        item = tasks.get()
        if item is STOP:
            break
        word = item
        results.put((word, len(word), word.upper()))

words = "the quick brown fox jumps over the lazy dog".split()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for w in words:
    tasks.put(w)
for _ in threads:
    tasks.put(STOP)
for t in threads:
    t.join()

collected = []
while not results.empty():
    collected.append(results.get())
for word, n, up in sorted(collected):
    print(f"{word:<6} {n} {up}")
print("count:", len(collected), "queue empty:", tasks.empty())
