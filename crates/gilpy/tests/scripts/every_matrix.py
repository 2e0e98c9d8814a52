def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
print(list(map(list, zip(*A))))
I = [[int(i == j) for j in range(3)] for i in range(3)]
for row in I:
    print(" ".join(f"{v:3d}" for v in row))
def det(m):
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([r[:c] + r[c + 1:] for r in m[1:]]) for c in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print(grid, [grid[i][i] for i in range(3)], sum(map(sum, grid)))
rot = [list(r) for r in zip(*grid[::-1])]
print(rot)
print("\n".join("".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3)))
