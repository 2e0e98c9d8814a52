class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], 3 in m, 9 in m, len(m), list(m))
m[1, 1] = 10
print(m, m @ m)
class Registry(dict):
    def __missing__(self, key):
        self[key] = f"auto-{key}"
        return self[key]
r = Registry()
print(r["x"], r, len(r))
class Money:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"${self.c / 100:.2f}"
    def __format__(self, spec): return format(self.c / 100, spec)
    def __int__(self): return self.c
    def __float__(self): return self.c / 100
    def __neg__(self): return Money(-self.c)
    def __iadd__(self, o): self.c += o.c; return self
print(sorted([Money(500), Money(150)]), f"{Money(1234):>10.1f}", int(Money(7)), float(Money(250)), -Money(5))
w = Money(1); w += Money(2); print(w)
class Callable:
    def __call__(self, *a): return sum(a)
print(Callable()(1, 2, 3), callable(Callable()))
