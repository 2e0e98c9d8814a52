import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(*range(5), sep="-")
print("to stderr", file=sys.stderr)
print("warning:", 42, sep=" ", file=sys.stderr, end="!\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
print("flushed", flush=True)
print(None, True, 3.0, [1, "two"], {"k": (1,)}, sep="; ")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
sys.stderr.write("last stderr line\n")
