matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(6) if x % 2 == 0})
print({c.lower() for c in "Hello World" if c.isalpha()} == set("helowrd"))
print(sorted({len(w) for w in "the quick brown fox jumped".split()}))
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
print(dict(zip("abc", range(3))), {v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x * x for x in range(10)), max((len(w), w) for w in words))
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
x = 10
print([x for x in range(3)], x)
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
