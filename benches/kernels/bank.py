class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have

class Account:
    def __init__(self, owner, balance=0, *, limit=0):
        self.owner = owner
        self._balance = balance
        self.limit = limit
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount, note=""):
        self._balance += amount
        self.history.append(("dep", amount, note))
    def withdraw(self, amount, note=""):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount, note))

def run(n):
    accts = [Account(f"user{i}", balance=i * 10, limit=(i % 3) * 50) for i in range(40)]
    fails = 0
    for k in range(n):
        a = accts[k % 40]
        b = accts[(k * 7 + 3) % 40]
        amt = (k * 13) % 97
        try:
            a.withdraw(amt, note="xfer")
            b.deposit(amt, note=f"from {a.owner}")
        except InsufficientFunds as e:
            fails += 1
            a.deposit(e.need // 2)
    return accts, fails

accts, fails = run(60000)
print(fails, sum(a.balance for a in accts), max(len(a.history) for a in accts))
print("\n".join(f"{a.owner:>8}: {a.balance:10.2f} {len(a.history):5d}" for a in accts[:5]))
