def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(f"{x:>{width}}" for x in row) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det(M), det(identity(4)))
print(matmul(M, identity(3)) == M)

def mat_pow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print("fib(30) =", mat_pow([[1, 1], [1, 0]], 30)[0][1])
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 7
print(grid)
spiral = []
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
