# Four threads append to one global string with `+=`. Without a lock updates may be lost
# (as on CPython), but no append may ever land in a string another thread still reads.
import threading

s = ""
t = ""
lock = threading.Lock()


def unlocked():
    global s
    for _ in range(20000):
        s += "x"


def locked():
    global t
    for _ in range(20000):
        with lock:
            t += "y"


threads = [threading.Thread(target=unlocked) for _ in range(4)]
threads += [threading.Thread(target=locked) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(0 < len(s) <= 80000, set(s) == {"x"})
print(len(t), set(t) == {"y"})
