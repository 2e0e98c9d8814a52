for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
print(["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i for i in range(1, 16)])
print(", ".join(str(x) for x in range(1, 11) if x % 2))
total = 0
for n in range(1000):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
print(sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
