# Lock-heavy: 8 threads, each 25,000 increments of a shared dict entry under one Lock.
import threading

lock = threading.Lock()
box = {"n": 0}


def work():
    for _ in range(25_000):
        with lock:
            box["n"] += 1


threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(box["n"])
