# eras.py -- which read-modify-write patterns lose updates, and in which GIL era.
#
# Four threads run each pattern; a pattern is "exact" when no update was lost. Where a
# thread switch may fall decides the outcome:
#
#   pattern                           CPython 2.7 / 3.9   CPython 3.10+
#   counter += 1                      lost                exact
#   counter = add_one(counter)        lost                lost
#   box.n += 1                        lost                exact
#   d['k'] += 1                       lost                exact
#   2 depositors + 2 withdrawers      lost                exact
#   read, time.sleep(0), write        lost                lost
#
# CPython 3.10+ only switches at backward jumps, function entry and after calls, so a
# read-modify-write with no call inside it can no longer be interrupted.
#
#   gilpy run examples/eras.py                                            # like 2.7 / 3.9
#   gilpy run --switch-points cpython --check-interval 1 examples/eras.py # like 3.10+
#   python3.11 examples/eras.py fast    # real CPython; "fast" sets the shortest switch interval
import sys
import threading
import time

if "fast" in sys.argv:
    if hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(1e-6)
    else:
        sys.setcheckinterval(1)

N = 50000
counter = 0


def add_one(x):
    return x + 1


class Box:
    def __init__(self):
        self.n = 0


box = Box()
d = {"k": 0}


def plain():
    global counter
    for _ in range(N):
        counter += 1


def via_call():
    global counter
    for _ in range(N):
        counter = add_one(counter)


def attribute():
    for _ in range(N):
        box.n += 1


def item():
    for _ in range(N):
        d["k"] += 1


def deposit():
    global counter
    for _ in range(N):
        counter += 1


def withdraw():
    global counter
    for _ in range(N):
        counter -= 1


def sleepy():
    global counter
    for _ in range(200):
        value = counter
        time.sleep(0)
        counter = value + 1


def run(label, targets, read, expected):
    global counter
    counter = 0
    box.n = 0
    d["k"] = 0
    threads = [threading.Thread(target=t) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    got = read()
    verdict = "exact" if got == expected else "lost"
    print("%-34s %-6s (%d, expected %d)" % (label, verdict, got, expected))


run("counter += 1", [plain] * 4, lambda: counter, 4 * N)
run("counter = add_one(counter)", [via_call] * 4, lambda: counter, 4 * N)
run("box.n += 1", [attribute] * 4, lambda: box.n, 4 * N)
run("d['k'] += 1", [item] * 4, lambda: d["k"], 4 * N)
run("2 depositors + 2 withdrawers", [deposit, deposit, withdraw, withdraw], lambda: counter, 0)
run("read, time.sleep(0), write", [sleepy] * 4, lambda: counter, 4 * 200)
