import operator
it=iter([1,2,3]); print(it.__length_hint__()); next(it); print(it.__length_hint__(), operator.length_hint(it))
print(iter(range(5)).__length_hint__(), iter((1,2)).__length_hint__(), iter({1:2}).__length_hint__(), iter("abc").__length_hint__(), reversed([1,2]).__length_hint__())
print(iter(range(10, 0, -3)).__length_hint__(), iter({1, 2, 3}).__length_hint__(), iter("héllo").__length_hint__())
print(iter({1: 2}.items()).__length_hint__(), iter({1: 2}.values()).__length_hint__())
print(hasattr(iter([]), "__length_hint__"), hasattr(map(str, []), "__length_hint__"), hasattr(enumerate([]), "__length_hint__"))
print(operator.length_hint(map(str, [1]), 7), operator.length_hint(x for x in []), operator.length_hint([1, 2]))
class H:
    def __length_hint__(self):
        return 4
class N:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(H()), operator.length_hint(N(), 9))
s = iter({1, 2, 3}); next(s); print(s.__length_hint__())
d = iter({1: 1, 2: 2}); next(d); print(d.__length_hint__())
try:
    operator.length_hint([], "x")
except TypeError as e:
    print(e)
