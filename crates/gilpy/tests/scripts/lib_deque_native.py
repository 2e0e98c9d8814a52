from collections import deque
d=deque([1,2,3],maxlen=5)
print(repr(d), d.maxlen)
class D(deque): pass
print(repr(D([1])))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[10], lambda: d['a'], lambda: d.index(9), lambda: d.remove(9), lambda: deque([1],maxlen=1).insert(0,1), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: d+[1], lambda: d[1:2]]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d=deque([1,2,3])
try:
  for x in d: d.append(x)
except Exception as e: print(type(e).__name__, e)
d2=deque([1]); d2.append(d2); print(d2)
print(deque([1,2])*2, 2*deque([1]), deque(range(5),maxlen=3), d==deque([1,2,3,1]), d.count(1))
d=deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d); del d[0]; print(d, d.copy(), len(d), bool(deque()))
d.extendleft([9,8]); print(d); d.insert(-1, 'x'); print(d); d.reverse(); print(d); d.clear(); print(d)
print(deque.__module__, deque)
print(deque[int], isinstance(d, deque), list(reversed(deque('abc'))), 'b' in deque('abc'))
class Window(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)
    def avg(self):
        return sum(self) / len(self)
w = Window(3)
for i in range(10): w.append(i)
print(w, w.avg(), w.maxlen)
d = deque([3,1,2]); print(sorted(d), max(d), list(d), tuple(d), d[-1], d[0])
d[0] = 9; print(d, d.index(2), deque([1,2]) < deque([1,3]), deque() == [], deque([1]) != deque([1]))
d += [5]; print(d); d *= 2; print(d)
import copy; print(copy.copy(d), copy.deepcopy(deque([[1]])))
try: d.maxlen = 3
except AttributeError as e: print("AttributeError")
# a sliding window and a BFS, the everyday uses
from collections import deque
def bfs(graph, start):
    seen = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in graph[u]:
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen
print(bfs({0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}, 0))
last = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last.append(line)
print(list(last), last.maxlen, len(last))
d = deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque()
d.append(d)
print(d, deque(maxlen=0), deque([1, 2], 0))
d = deque([1, 2, 3], maxlen=2)
print(d, deque(iterable=[4, 5], maxlen=None))
try:
    deque(foo=1)
except TypeError as e:
    print("TypeError:", e)
