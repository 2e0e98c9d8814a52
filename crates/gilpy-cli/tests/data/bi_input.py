# input() reads stdin lines without the newline; EOFError at the end.
name = input("name? ")
print("hello", repr(name))
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
try:
    while True:
        print("got", repr(input("> ")))
except EOFError as e:
    print("EOFError:", e)
