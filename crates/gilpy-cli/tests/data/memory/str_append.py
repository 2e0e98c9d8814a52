# Build a 100,000-character string one character at a time.
s = ""
for i in range(100000):
    s += "abcdefghij"[i % 10]
print(len(s), s[:12], s[-3:])
