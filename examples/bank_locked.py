# bank_locked.py -- bank.py with a lock around each read-modify-write: always prints 0.
#
# Deposit uses `with lock:`; Withdraw uses acquire() / try / finally: release(), the two
# spellings of the same thing.
#
#   gilpy run examples/bank_locked.py
import threading

shared_balance = 0
lock = threading.Lock()


class Deposit(threading.Thread):
    def run(self):
        global shared_balance
        for _ in range(100_000):
            with lock:
                balance = shared_balance
                balance += 100
                shared_balance = balance


class Withdraw(threading.Thread):
    def run(self):
        global shared_balance
        for _ in range(100_000):
            lock.acquire()
            try:
                balance = shared_balance
                balance -= 100
                shared_balance = balance
            finally:
                lock.release()


threads = [Deposit(), Withdraw()]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(shared_balance)
