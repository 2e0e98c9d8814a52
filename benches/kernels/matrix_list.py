def transpose(m):
    return [list(r) for r in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def rotate(m):
    return [list(reversed(col)) for col in zip(*m)]
n = 40
a = [[(i * j) % 7 - 3 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 - 2 for j in range(n)] for i in range(n)]
c = a
for _ in range(6):
    c = matmul(c, b)
    c = [[v % 1000 for v in row] for row in c]
r = a
for _ in range(200):
    r = rotate(r)
flat = [v for row in c for v in row]
print(sum(flat), flat[:5], r[0][:5])
chunks = [flat[i:i + 16] for i in range(0, len(flat), 16)]
print(len(chunks), sum(max(ch) - min(ch) for ch in chunks))
