import threading

counter = 0


def worker(n):
    global counter
    for _ in range(n):
        counter += 1


threads = [threading.Thread(target=worker, args=(100000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
