class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance:.2f})"
acc = Account("Ann", 100)
acc.deposit(50).withdraw(30)
print(acc, acc.history)
for amt in (500, -5):
    try:
        if amt > 0:
            acc.withdraw(amt)
        else:
            acc.deposit(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, "-", e)
b = Account("Bob")
print(b, Account.interest, b.interest, Account._next_id)
accounts = sorted([acc, b], key=lambda a: a.balance)
print([a.owner for a in accounts])
