class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()))
print(20 in Seq(), 25 in Seq())
for v in Seq():
    print("v", v)
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
a, b, c = Seq()
print(a, b, c)
print(sorted(Seq(), reverse=True), sum(Seq()))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError", e)

class Stop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(Stop()))

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)

class Nope:
    pass
try:
    iter(Nope())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Counter()
print(list(c), list(c))

calls = iter([1, 2, 3, None, 4]).__next__
print(list(iter(calls, None)))
