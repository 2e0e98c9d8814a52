class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(4)
print(list(sq), list(sq))
it = iter([1, 2, 3])
print(next(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
d = {"a": 1}
print(list(iter(d)), list(enumerate("ab")), list(zip([1, 2], [3, 4], [5, 6])))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(reversed(range(3))))
with open(__file__) as f:
    print(next(iter(f)).strip())
print(sorted(Countdown(5)), max(Countdown(5)), min(iter([4, 2, 9])))
class Reverse:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __reversed__(self): return iter(self.data[::-1])
print(list(reversed(Reverse([1, 2, 3]))))
