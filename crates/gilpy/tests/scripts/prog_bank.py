# a bank-account simulation with classes, inheritance and exceptions

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance

class AccountFrozen(BankError):
    pass

class Account:
    next_number = 1000
    fee = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        total = amount + self.fee
        if total > self.balance:
            raise InsufficientFunds(self, total)
        self.balance -= total
        self.history.append(("withdraw", total))

    def month_end(self):
        pass

    def __str__(self):
        return f"{type(self).__name__} #{self.number} {self.owner:<6} {self.balance:>10.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(("interest", interest))


class Checking(Account):
    fee = 0.5

    def __init__(self, owner, balance=0.0, overdraft=0.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check()
        if amount + self.fee > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount + self.fee)
        self.balance -= amount + self.fee
        self.history.append(("withdraw", amount + self.fee))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acc in sorted(self.accounts.values(), reverse=True):
            print(" ", acc)
        print(f"  total {self.total():.2f}")


bank = Bank("Toy Bank")
ann = bank.open(Savings("ann", 1000.0, rate=0.06))
bob = bank.open(Checking("bob", 50.0, overdraft=100.0))
cy = bank.open(Account("cy"))
print([repr(a) for a in bank.accounts.values()])

operations = [
    ("deposit", cy.number, 200.0),
    ("withdraw", bob.number, 120.0),
    ("withdraw", bob.number, 100.0),
    ("transfer", ann.number, cy.number, 250.0),
    ("deposit", ann.number, -5.0),
    ("transfer", 9999, cy.number, 1.0),
    ("withdraw", cy.number, 1000.0),
    ("freeze", cy.number),
    ("deposit", cy.number, 10.0),
]
for op in operations:
    kind = op[0]
    try:
        if kind == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif kind == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        elif kind == "transfer":
            bank.transfer(op[1], op[2], op[3])
        elif kind == "freeze":
            bank.accounts[op[1]].frozen = True
        print("ok     ", op)
    except InsufficientFunds as e:
        print("refused", op, "->", e, f"(short {e.shortfall:.2f})")
    except BankError as e:
        print("error  ", op, "->", type(e).__name__, e)
    except ValueError as e:
        print("invalid", op, "->", e)

for month in range(1, 4):
    for acc in bank.accounts.values():
        acc.month_end()
    print(f"after month {month}: ann={ann.balance:.2f}")

bank.report()
for acc in bank.accounts.values():
    print(acc.owner, acc.history)
print(isinstance(bob, Account), isinstance(bob, Savings), Checking.fee, Account.fee, bob.fee)
print(min(bank.accounts.values()).owner, max(bank.accounts.values()).owner)
