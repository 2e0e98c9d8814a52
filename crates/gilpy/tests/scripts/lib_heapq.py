import heapq
import random

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 7, 5, 3, 1, 2, 4, 6, 8]
heapq.heapify(data)
print(data, heapq.heappop(data), heapq.heapreplace(data, 10), heapq.heappushpop(data, 0), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
print(heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")]), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
random.seed(4)
xs = [random.randint(0, 1000) for _ in range(200)]
hp = []
for x in xs:
    heapq.heappush(hp, x)
print([heapq.heappop(hp) for _ in range(200)] == sorted(xs))
ys = list(xs)
heapq.heapify(ys)
print(all(ys[i] <= ys[c] for i in range(len(ys)) for c in (2 * i + 1, 2 * i + 2) if c < len(ys)))
