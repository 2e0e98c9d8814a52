KEYWORDS = {"if", "else", "while", "def", "return", "for", "in"}
def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("NUM", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            w = src[i:j]
            toks.append(("KW" if w in KEYWORDS else "NAME", w))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "<=", ">=", "!="):
                toks.append(("OP", two))
                i += 2
            else:
                toks.append(("OP", c))
                i += 1
    return toks

src = """
def fib(n):
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)
for i in range(10):
    x_1 = fib(i) * 3 + 42 != 7
""" * 300
counts = {}
total = 0
for _ in range(6):
    toks = tokenize(src)
    for kind, val in toks:
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "NUM":
            total += val
print(len(toks), sorted(counts.items()), total)
