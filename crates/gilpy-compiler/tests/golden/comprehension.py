def squares(xs, limit):
    evens = [x * x for x in xs if x % 2 == 0]
    table = {k: v for k, v in zip(xs, evens)}
    pairs = [(i, j) for i in range(limit) for j in range(i)]
    return ",".join(str(x) for x in evens), table, pairs
