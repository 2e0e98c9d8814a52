import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, accumulate, groupby,
                       zip_longest, takewhile, dropwhile, starmap, tee, pairwise,
                       compress, filterfalse)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(count(5), count(5, 2), next(count(7)))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(islice(repeat(1), 2)), repeat(1, 2), list(repeat(0, -1)))
print(list(chain([1, 2], (3,), "ab")), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice("abc", 1, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)), len(list(permutations(range(5)))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print([(k, list(g)) for k, g in groupby("aaabccdd")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2], [3])))
print(list(takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(lambda v: v % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(pairwise("abcd")), list(pairwise([1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z))
try:
    islice([], -1)
except ValueError as e:
    print("ValueError", e)
squares = {n: n * n for n in islice(count(1), 4)}
print(squares)
print(sum(1 for _ in combinations(range(10), 3)))
