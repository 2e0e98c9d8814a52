def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
late = [lambda x: x * i for i in range(4)]
print([m(10) for m in late])

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1); acc(2)
print(acc(3), acc.__closure__ is not None)

total = 0
def add_to_total(n):
    global total
    total += n
for n in range(5):
    add_to_total(n)
print("total:", total)

def outer():
    x = "outer"
    def inner():
        x = "inner"
        return x
    inner()
    return x
print(outer())

def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient funds")
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = bank(50)
print(dep(25), wd(70))
try:
    wd(100)
except ValueError as e:
    print(e)
try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print("NameError:", e)
def uses_before_assign():
    y = 1
    def f():
        print(y)
        y = 2
    f()
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
