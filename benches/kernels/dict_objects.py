# A dict of objects: records keyed by string, looked up, updated through attributes,
# grouped into dicts of lists, sorted by a key.


class Account:
    def __init__(self, name, owner, balance):
        self.name = name
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


def main():
    owners = ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]
    accounts = {}
    for i in range(2000):
        name = "acct" + str(i)
        accounts[name] = Account(name, owners[i % 7], i * 10)
    for r in range(60):
        for i in range(0, 2000, 3):
            a = accounts["acct" + str((i * 7 + r) % 2000)]
            a.deposit(r + i % 13)
    by_owner = {}
    for a in accounts.values():
        by_owner.setdefault(a.owner, []).append(a)
    totals = {o: sum(a.balance for a in lst) for o, lst in by_owner.items()}
    richest = sorted(accounts.values(), key=lambda a: (-a.balance, a.name))[:3]
    print(sorted(totals.items()))
    print([(a.name, a.balance, len(a.history)) for a in richest])


main()
