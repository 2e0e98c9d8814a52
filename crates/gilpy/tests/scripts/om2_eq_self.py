class Always:
    def __eq__(self, other):
        print("eq called")
        return False
    __hash__ = object.__hash__
a = Always()
print(a == a, a != a)
print(a in [a], [a].count(a), [a].index(a), a in {a}, {a: 1}[a])
print([a] == [a], (a,) == (a,))
class Plain:
    pass
p = Plain()
print(p == p, p != p, p in [p])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
