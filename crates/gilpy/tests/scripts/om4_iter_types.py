for o in [[], (), "ab", "é", range(3), {}, {}.values(), {}.items(), set(), frozenset(), reversed([]), reversed(range(2)), reversed((1,)), enumerate([]), zip(), map(str, []), filter(None, []), iter(int, 1)]:
    it = iter(o)
    print(type(it).__name__, repr(it)[:repr(it).index(" ")], type(it) is type(iter(o)), hasattr(it, "__next__"))
print(type(iter([])) is type(iter([1])), type(iter([])) is type(iter(())))
import collections
print(type(iter(collections.deque())).__name__, type(reversed(collections.deque())).__name__)
