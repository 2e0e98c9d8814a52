import reprlib
r = reprlib.Repr()
print(reprlib.repr(list(range(20))), reprlib.repr("a" * 50), reprlib.repr(tuple(range(3))))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(set()))
r.maxlist = 2
print(r.repr([1, 2, 3]), r.repr([]))
class X:
    def __repr__(self):
        return "X" * 40
print(reprlib.repr(X()))
class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Tree(%r)" % self.kids
t = Tree()
t.kids.append(t)
print(t, Tree.__repr__.__name__)
t2 = ([],)
t2[0].append(t2)
print(t2)
import collections
od = collections.OrderedDict(a=1)
od["b"] = [od]
print(od)
