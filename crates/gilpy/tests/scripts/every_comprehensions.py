squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words})
print(sorted({w[0] for w in words}))
print(sorted({w for w in words if w == w[::-1]}))
print(sorted({len(w) for w in words}))
print(dict(zip("abc", range(3))))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
gen = (x ** 2 for x in range(5))
print(sum(gen), list(gen))
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
print([c.upper() if c in "aeiou" else c for c in "education"])
nested = {k: {j: k * j for j in range(1, 3)} for k in range(1, 3)}
print(nested)
print(any(x > 8 for x in squares), all(x >= 0 for x in squares))
print(max((len(w), w) for w in words))
print([i for i, c in enumerate("banana") if c == "a"])
