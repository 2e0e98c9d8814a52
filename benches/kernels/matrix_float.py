# Dense float linear algebra in pure Python: matrix multiply, LU solve, power iteration.
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def lu_solve(a, rhs):
    n = len(a)
    m = [row[:] + [rhs[i]] for i, row in enumerate(a)]
    for k in range(n):
        p = max(range(k, n), key=lambda r: abs(m[r][k]))
        m[k], m[p] = m[p], m[k]
        piv = m[k][k]
        for i in range(k + 1, n):
            f = m[i][k] / piv
            row_i, row_k = m[i], m[k]
            for j in range(k, n + 1):
                row_i[j] -= f * row_k[j]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x

def power_iter(a, steps):
    v = [1.0] * len(a)
    lam = 0.0
    for _ in range(steps):
        w = [sum(r[j] * v[j] for j in range(len(v))) for r in a]
        lam = max(abs(t) for t in w)
        v = [t / lam for t in w]
    return lam

n = 60
a = [[((i * 7 + j * 13) % 17) / 17.0 + (2.0 if i == j else 0.0) for j in range(n)] for i in range(n)]
b = matmul(a, a)
x = lu_solve(b, [float(i) for i in range(n)])
print(round(sum(x), 6), round(power_iter(a, 60), 6), round(b[3][5], 6))
