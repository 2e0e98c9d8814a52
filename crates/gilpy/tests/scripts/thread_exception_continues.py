# an uncaught exception in a thread is reported on stderr; the other threads and main go on
import threading

results = {}
results_lock = threading.Lock()

def parse_all(name, texts):
    total = 0
    for text in texts:
        total += int(text)
    with results_lock:
        results[name] = total

good1 = threading.Thread(target=parse_all, args=("good1", ["1", "2", "3"]), name="good1")
bad = threading.Thread(target=parse_all, args=("bad", ["4", "five", "6"]), name="bad")
good2 = threading.Thread(target=parse_all, args=("good2", ["10", "20"]), name="good2")
for t in [good1, bad, good2]:
    t.start()
for t in [good1, bad, good2]:
    t.join()
print("results:", sorted(results.items()))
print("bad thread alive after its exception:", bad.is_alive())

# exceptions caught inside the thread are just values
errors = []
def careful(texts):
    for text in texts:
        try:
            int(text)
        except ValueError as e:
            with results_lock:
                errors.append(str(e))

t = threading.Thread(target=careful, args=(["1", "x", "2", "y"],))
t.start()
t.join()
print("caught in thread:", errors)
print("main continues after the thread failure")

def explode():
    raise ValueError("worker exploded")

last = threading.Thread(target=explode, name="last-worker")
last.start()
last.join()
print("main finished normally")
