import itertools
from itertools import product, combinations, combinations_with_replacement, permutations
print(list(permutations("abc")), list(permutations([1, 2, 3], 2)), list(permutations("ab", 3)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()), list(product("ab", [])), list(product(repeat=0)))
print(len(list(product(range(3), repeat=4))), sum(1 for _ in permutations(range(7))))
print(type(permutations("ab")).__name__, type(permutations("ab")) is itertools.permutations, isinstance(product(), itertools.product))
print(itertools.permutations.__module__, repr(itertools.combinations)[:40])
it = combinations(iter([3, 1, 2]), 2)
print(next(it), next(it), list(it), list(it))
print(list(map("".join, permutations("123")))[-1])
for bad in (lambda: combinations("ab"), lambda: combinations("ab", -1), lambda: permutations("ab", "x"),
            lambda: product("a", repeat=-1), lambda: product("a", foo=1), lambda: permutations(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(permutations(range(3), r=2)), list(combinations(r=1, iterable="xy")))
