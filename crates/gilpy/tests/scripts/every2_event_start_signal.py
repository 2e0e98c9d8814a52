import threading

ready = threading.Event()
go = threading.Event()
results = {}
lock = threading.Lock()

def runner(n):
    ready.wait()
    with lock:
        results[n] = n ** 3

threads = [threading.Thread(target=runner, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
print("before set:", ready.is_set(), len(results))
ready.set()
for t in threads:
    t.join()
print("after set:", ready.is_set())
print(dict(sorted(results.items())))

print("wait with timeout on unset event:", go.wait(0.01))
go.set()
print("wait on set event:", go.wait(0.01))
go.clear()
print("cleared:", go.is_set())
