n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
while a < 100:
    print(a, end=",")
    a, b = b, a + b
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
count = 3
while count:
    count -= 1
else:
    print("loop finished normally", count)
total = 0
for i in range(1, 11):
    if i == 5:
        pass
    total += i
print(total)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end=" ")
print()
print(list(range(10, 0, -3)), list(range(0)), range(5)[-1], len(range(0, 100, 7)))
print(range(2, 10, 2), 4 in range(0, 10, 2), range(10)[2:5])
