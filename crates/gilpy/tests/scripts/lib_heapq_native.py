# heapq's primitives: order, errors, list subclasses, items with __lt__, and a list
# changed by a comparison.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 6), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))

pq = []
for prio, name in [(2, "write"), (1, "read"), (3, "close"), (1, "open")]:
    heapq.heappush(pq, (prio, name))
while pq:
    print(heapq.heappop(pq))

class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "Job(%d, %s)" % (self.p, self.n)

jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print(heapq.heappop(jobs), jobs[0])

class MyList(list):
    pass

m = MyList([3, 1, 2])
heapq.heapify(m)
print(m, type(m).__name__, heapq.heappop(m))

for f, args in [
    (heapq.heappush, ((), 1)),
    (heapq.heappop, ([],)),
    (heapq.heapreplace, ([], 1)),
    (heapq.heapify, ((1,),)),
    (heapq.heappop, ("abc",)),
]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

shrinking = []

class Evil:
    def __lt__(self, other):
        shrinking.clear()
        return True

shrinking.extend([Evil(), Evil(), Evil()])
try:
    heapq.heapify(shrinking)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    heapq.heappush([1, "a"], 2)
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
print(heapq.heappushpop([], 4))
