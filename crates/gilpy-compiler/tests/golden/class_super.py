class Base:
    def __init__(self, name):
        self.name = name


class Account(Base):
    kind = "acct"

    def __init__(self, name, balance):
        super().__init__(name)
        self.__balance = balance

    def balance(self):
        return self.__balance


a = Account("ann", 10)
print(a.name, a.balance(), Account.kind)
