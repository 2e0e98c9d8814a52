# Event and Condition: start signals, waiting for a state, notify_all
import threading
import time

# an Event used as a starting gun
ready = threading.Event()
arrivals = []
arrivals_lock = threading.Lock()

def runner(name):
    ready.wait()
    with arrivals_lock:
        arrivals.append(name)

runners = [threading.Thread(target=runner, args=(f"r{i}",)) for i in range(5)]
for r in runners:
    r.start()
time.sleep(0.05)
print("before set, arrived:", len(arrivals), "is_set:", ready.is_set())
ready.set()
for r in runners:
    r.join()
print("after set, arrived:", sorted(arrivals), "is_set:", ready.is_set())
ready.clear()
print("cleared:", ready.is_set(), "wait with timeout returns:", ready.wait(0.01))
ready.set()
print("wait on a set event returns:", ready.wait())

# a Condition guarding a shared list: consumers wait until items exist
items = []
cond = threading.Condition()
taken = []

def consumer(cid):
    with cond:
        while not items:
            cond.wait()
        item = items.pop(0)
        taken.append((cid, item))

consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(3)]
for c in consumers:
    c.start()
time.sleep(0.05)
with cond:
    items.extend(["x", "y", "z"])
    cond.notify_all()
for c in consumers:
    c.join()
print("taken items:", sorted(item for _, item in taken), "by", len({cid for cid, _ in taken}), "consumers")
print("left:", items)

# wait_for-style loop with a counter: all workers wait until the phase changes
phase = [0]
phase_cond = threading.Condition()
log = []

def phased_worker(wid):
    with phase_cond:
        while phase[0] < 1:
            phase_cond.wait()
        log.append(("phase1", wid))
        phase_cond.notify_all()
    with phase_cond:
        while phase[0] < 2:
            phase_cond.wait()
        log.append(("phase2", wid))

workers = [threading.Thread(target=phased_worker, args=(w,)) for w in range(4)]
for w in workers:
    w.start()
time.sleep(0.05)
with phase_cond:
    print("before phase 1:", len(log))
    phase[0] = 1
    phase_cond.notify_all()
with phase_cond:
    while len(log) < 4:
        phase_cond.wait()
    print("after phase 1:", sorted(log))
    phase[0] = 2
    phase_cond.notify_all()
for w in workers:
    w.join()
print("phase1 count:", sum(1 for p, _ in log if p == "phase1"), "phase2 count:", sum(1 for p, _ in log if p == "phase2"))
print("every phase1 before every phase2:", [p for p, _ in log] == ["phase1"] * 4 + ["phase2"] * 4)

# notify (one at a time) used as a hand-off: tokens passed in strict order
turn = [0]
turn_cond = threading.Condition()
sequence = []

def take_turns(me, rounds, n):
    for _ in range(rounds):
        with turn_cond:
            while turn[0] % n != me:
                turn_cond.wait()
            sequence.append(me)
            turn[0] += 1
            turn_cond.notify_all()

players = [threading.Thread(target=take_turns, args=(i, 4, 3)) for i in range(3)]
for p in players:
    p.start()
for p in players:
    p.join()
print("turn order:", sequence)

# a condition wait with a timeout that expires
with cond:
    got = cond.wait(timeout=0.01)
print("wait timed out ->", got)
