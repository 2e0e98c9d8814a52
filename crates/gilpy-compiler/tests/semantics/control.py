out = []
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    out.append(i)
else:
    out.append(-1)
print(out)
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("never")
print(n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end=";")
print()
print(0 or "d", 3 and 4, None or 0 or [], 1 and 0, not 0)
print("big" if k > 2 else "small")
