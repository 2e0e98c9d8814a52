import queue
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Job:
    priority: int
    description: Any = field(compare=False)

pq = queue.PriorityQueue()
pq.put(Job(3, "write docs"))
pq.put(Job(1, "fix critical bug"))
pq.put(Job(2, "review PR"))
while not pq.empty():
    job = pq.get()
    print(job.priority, job.description)

tq = queue.PriorityQueue()
for item in [(5, "e"), (1, "a"), (3, "c")]:
    tq.put(item)
print([tq.get() for _ in range(3)])

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print("lifo:", [lq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put("x"); sq.put("y")
print("simple:", sq.get(), sq.get(), sq.empty())
