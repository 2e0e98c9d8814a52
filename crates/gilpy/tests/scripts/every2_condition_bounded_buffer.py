import threading

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(2)
consumed = []

def producer():
    for i in range(10):
        buf.put(i)
    buf.put(None)

def consumer():
    while True:
        item = buf.get()
        if item is None:
            break
        consumed.append(item * 10)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
print(consumed)
print("in order:", consumed == sorted(consumed))

cv = threading.Condition()
with cv:
    print("wait_for true at once:", cv.wait_for(lambda: True, timeout=0.1))
    print("wait_for timeout:", cv.wait_for(lambda: False, timeout=0.01))
