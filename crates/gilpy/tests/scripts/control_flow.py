# loops with else, break/continue, ranges, conditional expressions, short-circuit

print("-- for/else and while/else")
def find_first_multiple(xs, k):
    for x in xs:
        if x % k == 0:
            print("  found", x)
            break
    else:
        print("  none divisible by", k)
        return None
    return x

find_first_multiple([3, 5, 10, 15], 5)
find_first_multiple([3, 7, 11], 5)
find_first_multiple([], 2)

n = 10
while n > 0:
    n -= 3
    if n == 2:
        print("  break at", n)
        break
else:
    print("  while finished without break, n =", n)

n = 9
while n > 0:
    n -= 3
else:
    print("  while else runs, n =", n)

for i in range(3):
    pass
else:
    print("  for else after pass loop, i =", i)

print("-- primes with for/else")
primes = []
for candidate in range(2, 40):
    for p in primes:
        if p * p > candidate:
            primes.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)

print("-- nested loops with continue and break")
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        if j == i:
            continue
        if i * j > 8:
            break
        row.append(i * j)
    print(i, row)

found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple:", found)

print("-- range forms")
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-3, 3)), list(range(0, -10, -4)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, list(reversed(r)), r.index(11), r.count(15))
print(len(range(0, 10, 3)), len(range(10, 0)), range(0, 5) == range(0, 5), list(range(10)[::-3]))
total = 0
for i in range(100, 0, -7):
    total += i
print("sum", total, sum(range(101)), sum(range(1, 10, 2)))

print("-- conditional expressions")
for v in [-5, 0, 5, 50]:
    label = "negative" if v < 0 else "zero" if v == 0 else "small" if v < 10 else "large"
    print(v, label, "even" if v % 2 == 0 else "odd", abs(v) if v else "nothing")

print("-- and/or return operands")
print(0 or "default", "" or [] or None, "first" or "second", 0 and 1, 5 and 6, None and crash())
print([] or [1], [0] or [1], "a" and "b" and "c", "a" and "" and "c", 1 and 0 or "x", not 0, not "s")
calls = []
def t(v):
    calls.append(v)
    return v
result = t(0) or t("") or t("hit") or t("never")
print(result, calls)
calls.clear()
result = t(1) and t([]) and t("never")
print(result, calls)
name = None
print((name or "anonymous").title(), len(name or ""), name is None, name is not None)
x = 7
print(x > 5 and "big" or "small", x > 50 and "big" or "small")

print("-- if/elif/else chains")
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
if []:
    print("empty list true")
elif {}:
    print("empty dict true")
elif "0":
    print("string '0' is true")

print("-- while with complex condition")
a, b = 0, 1
fibs = []
while b < 100 and len(fibs) < 20:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
    print("even", count)

def main():
    print("main called, __name__ =", __name__)

if __name__ == "__main__":
    main()
else:
    print("imported")
