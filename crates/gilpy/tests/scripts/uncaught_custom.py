# a custom exception with a message ends the program
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount

balance = 100
for amount in [30, 50, 40]:
    balance = withdraw(balance, amount)
    print("balance now", balance)
