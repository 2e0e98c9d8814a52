import itertools as it

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("AB", repeat=2)))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement("AB", 2)))
print(list(it.chain.from_iterable(["abc", "de"])))
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice("ABCDEFG", 2, None, 2)))
print(list(it.zip_longest("ABC", "x", fillvalue="-")))
print(list(it.pairwise("ABCD")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.repeat("x", 3)))
cyc = it.cycle("AB")
print([next(cyc) for _ in range(5)])
for key, group in it.groupby("AAAABBBCCDAABBB"):
    print(key, len(list(group)), end="; ")
print()
a, b = it.tee([1, 2, 3])
print(list(a), list(b))

def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch
print(list(batched("ABCDEFG", 3)))
