# deadlock.py -- two threads take two locks in opposite order.
#
# Thread "a-then-b" holds lock_a and waits for lock_b; thread "b-then-a" holds lock_b and
# waits for lock_a. Neither can go on. CPython hangs here forever; gilpy notices that every
# thread is blocked and prints a deadlock report naming both threads, both locks and the
# lines, then exits non-zero.
#
#   gilpy run examples/deadlock.py
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def a_then_b():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            print("a-then-b got both")


def b_then_a():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            print("b-then-a got both")


t1 = threading.Thread(target=a_then_b, name="a-then-b")
t2 = threading.Thread(target=b_then_a, name="b-then-a")
t1.start()
t2.start()
t1.join()
t2.join()
print("unreachable")
