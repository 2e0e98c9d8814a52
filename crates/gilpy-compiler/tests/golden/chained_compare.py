def inside(lo, x, hi):
    return lo <= x < hi


def three(a, b, c, d):
    return a < b == c is not d


print(inside(1, 2, 3), 1 < 2 not in [2])
