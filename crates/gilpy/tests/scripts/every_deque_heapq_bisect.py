from collections import deque
import heapq, bisect
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, list(d))
d = deque([1, 2, 3])
d.rotate(1); print(d)
d.appendleft(0); d.extendleft([-1, -2]); print(d, d[0], d[-1], len(d))
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, 0)
print(heapq.nsmallest(2, [9, 4, 7, 1]), heapq.nlargest(2, [9, 4, 7, 1]), h[0])
tasks = []
for pri, name in [(3, "low"), (1, "urgent"), (2, "mid")]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    print(heapq.heappop(tasks))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
a = [1, 3, 5, 7]
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
