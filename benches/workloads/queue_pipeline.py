# Queue-heavy: 2 producers -> queue -> 2 consumers, 50,000 items; prints the checksum.
import queue
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
q = queue.Queue(maxsize=100)
totals = [0, 0]


def produce(start):
    for i in range(start, N, 2):
        q.put(i)


def consume(slot):
    acc = 0
    while True:
        item = q.get()
        if item is None:
            break
        acc += item % 7
    totals[slot] = acc


producers = [threading.Thread(target=produce, args=(k,)) for k in range(2)]
consumers = [threading.Thread(target=consume, args=(k,)) for k in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(totals))
