import threading

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            self.balance -= amount

    def transfer_in(self, amounts):
        # Re-entering the same RLock from the same thread is fine.
        with self.lock:
            for a in amounts:
                self.deposit(a)

acct = Account(100)
threads = [threading.Thread(target=acct.transfer_in, args=([1, 2, 3],)) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", acct.balance)
try:
    acct.withdraw(1000)
except ValueError as e:
    print("error:", e)

lock = threading.RLock()
print(lock.acquire())
print(lock.acquire())
lock.release()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
