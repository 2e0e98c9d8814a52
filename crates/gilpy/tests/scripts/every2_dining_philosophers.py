import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()

def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    # Resource ordering: pick up the lower-numbered fork first.
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                with log_lock:
                    meals[i] += 1

threads = [threading.Thread(target=philosopher, args=(i, 100), name=f"P{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
print("everyone ate:", all(m == 100 for m in meals))
print("names:", [t.name for t in threads])
