# One thread holds a Condition; another waits to enter `with cond:`; the main thread
# allocates ten million short-lived lists meanwhile. The waiting thread must not stop
# the collector (it used to: memory grew with the loop).
import threading

cond = threading.Condition()
holding = threading.Event()
done = threading.Event()


def holder():
    with cond:
        holding.set()
        done.wait()


def waiter():
    with cond:
        pass


h = threading.Thread(target=holder)
h.start()
holding.wait()
w = threading.Thread(target=waiter)
w.start()
total = 0
for i in range(10_000_000):
    pair = [i, i]
    total += pair[1] - pair[0]
done.set()
h.join()
w.join()
print("done", total)
