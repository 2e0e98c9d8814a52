import heapq

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(["kiwi", "fig"], ["banana", "date"], key=len)))
print(list(heapq.merge(["pear", "apple"], ["plum", "lime", "grapefruit"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 8, 2], [5], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "b")], [(1, "c"), (3, "d")], key=lambda t: t[0])))
print(list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
m = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
print(type(m).__name__, next(m), next(m), list(m))
def noisy(name, items):
    for x in items:
        print(f"  {name} -> {x}")
        yield x
lazy = heapq.merge(noisy("a", [1, 4]), noisy("b", [2, 3]))
print("first:", next(lazy))
print("rest:", list(lazy))
