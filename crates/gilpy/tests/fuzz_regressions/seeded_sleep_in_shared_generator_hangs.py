import threading
import time
def slow():
    while True:
        time.sleep(0.001)
        yield 1
s = slow()
def racer():
    for _ in range(8):
        try:
            next(s)
        except ValueError:
            pass
ts = [threading.Thread(target=racer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
