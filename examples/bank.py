# bank.py -- a Deposit thread and a Withdraw thread (Thread subclasses overriding run())
# move 100 in and out of one shared balance 100,000 times each, without a lock.
#
# Every deposit is matched by a withdrawal, so the balance should end at 0. It does not:
# `balance = shared_balance; balance += 100; shared_balance = balance` can be interrupted
# between the read and the write, and the other thread's update is overwritten.
#
#   gilpy run examples/bank.py
#   gilpy run --detect-races examples/bank.py     # names the lines that lose updates
import threading

shared_balance = 0


class Deposit(threading.Thread):
    def run(self):
        global shared_balance
        for _ in range(100_000):
            balance = shared_balance
            balance += 100
            shared_balance = balance


class Withdraw(threading.Thread):
    def run(self):
        global shared_balance
        for _ in range(100_000):
            balance = shared_balance
            balance -= 100
            shared_balance = balance


threads = [Deposit(), Withdraw()]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(shared_balance)
