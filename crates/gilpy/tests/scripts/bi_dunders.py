print((5).__add__(3), (5).__mul__(2), (7).__rsub__(10), str.__len__("abc"), list.__getitem__([1, 2], 1), "ab".__contains__("a"))
print((5).__neg__(), (-2.5).__abs__(), (3).__eq__(3), "a".__lt__("b"), [1, 2].__len__(), (1, 2).__hash__() == hash((1, 2)))
print(hasattr(5, "__iter__"), hasattr(5, "__add__"), hasattr("x", "__len__"), hasattr([], "__getitem__"), hasattr(3.0, "__and__"))
d = {}
d.__setitem__("k", 1)
print(d, d.__getitem__("k"), d.__contains__("k"), len.__name__, list(range(3).__iter__()), {1}.__or__({2}))
print(int.__add__(1, 2), str.__add__("a", "b"), float.__truediv__(1.0, 4), tuple.__len__((1,)), (10).__floordiv__(3), (2).__pow__(10))
