# List/tuple shuffling: slicing, concatenation, unpacking, swaps, reversal, sorting of
# tuples, list comprehensions over pairs.


def main():
    data = list(range(200))
    seed = 12345
    for r in range(300):
        for k in range(len(data) - 1, 0, -1):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            j = seed % (k + 1)
            data[k], data[j] = data[j], data[k]
        head, *rest = data
        data = rest[::2] + [head] + rest[1::2]
        pairs = [(x, i) for i, x in enumerate(data)]
        pairs.sort()
        data = [i for _, i in pairs][::-1]
    t = tuple(data)
    s = 0
    for a, b in zip(t, t[1:]):
        s += (a - b) * (a + b) % 97
    print(s, t[:10], sum(data[i] * i for i in range(len(data))))


main()
