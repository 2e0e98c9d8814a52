# sys.stdin as a file: iteration, readline, readlines; sys.stdout.writelines.
import sys

header = sys.stdin.readline()
print("header:", header.strip())
counts = {}
for line in sys.stdin:
    word = line.strip()
    if word == "--":
        break
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
rest = sys.stdin.readlines()
print(rest)
sys.stdout.writelines(["a\n", "b\n"])
print(next(iter(sys.stdin), "at end"), sys.stdin.read() == "")
