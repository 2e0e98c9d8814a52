import threading

N = 4
barrier = threading.Barrier(N)
log_lock = threading.Lock()
rounds = {r: [] for r in range(3)}

def player(pid):
    for r in range(3):
        with log_lock:
            rounds[r].append(pid)
        barrier.wait()

threads = [threading.Thread(target=player, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for r, players in rounds.items():
    print(f"round {r}: {sorted(players)}")
print("parties:", barrier.parties, "broken:", barrier.broken)

b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError raised; broken =", b.broken)
b.reset()
print("after reset broken =", b.broken)
