import threading
import random

class Account:
    _ids = 0
    def __init__(self, owner, balance):
        Account._ids += 1
        self.id = Account._ids
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()

def transfer(src, dst, amount):
    # Always lock in id order to avoid deadlock.
    first, second = (src, dst) if src.id < dst.id else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False

accounts = [Account(name, 1000) for name in ["ann", "bob", "cat", "dan"]]
plans = []
rnd = random.Random(3)
for _ in range(4):
    plan = []
    for _ in range(200):
        a, b = rnd.sample(accounts, 2)
        plan.append((a, b, rnd.randint(1, 50)))
    plans.append(plan)

def run(plan):
    for a, b, amt in plan:
        transfer(a, b, amt)

threads = [threading.Thread(target=run, args=(p,)) for p in plans]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(a.balance for a in accounts)
print("total preserved:", total == 4000, total)
print("no negative balances:", all(a.balance >= 0 for a in accounts))
print(sorted(a.owner for a in accounts))
