def inside(lo, x, hi):
    return lo <= x < hi
print(inside(1, 2, 3), inside(1, 3, 3), inside(4, 3, 5))
a, b, c = 1, 2, 2
print(a < b == c, a < b < c, 1 < 2 > 0 != 5, 3 in [1, 3] not in [True])
print(1 not in [2, 3], None is None, None is not None)
