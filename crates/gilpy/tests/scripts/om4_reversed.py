class Rev:
    def __reversed__(self):
        return iter("cba")
    def __iter__(self):
        return iter("abc")
print(list(reversed(Rev())), list(Rev()))

class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(SeqOnly())))

class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)

class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneRev())
except TypeError as e:
    print("TypeError:", e)

r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(list(reversed(range(5))), list(reversed("xyz")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(r.__length_hint__() if hasattr(r, "__length_hint__") else 0)
