# classes implementing __iter__/__next__ and StopIteration

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value

print(list(Countdown(5)))
c = Countdown(3)
for n in c:
    print("tick", n)
print("exhausted:", list(c), sum(Countdown(100)))

class Range2:
    """a re-iterable container: __iter__ returns a fresh iterator each time"""

    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return Range2Iterator(self)

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

class Range2Iterator:
    def __init__(self, r):
        self.r = r
        self.i = r.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.stop:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v

r = Range2(0, 10, 3)
print(list(r), list(r), len(r), [x * x for x in r], 6 in r, 7 in r)
print(sorted(r, reverse=True), max(r), min(r), tuple(r), dict(zip(r, "abcd")))
print(list(enumerate(r)), list(zip(r, Countdown(10))), any(x > 8 for x in r), all(x % 3 == 0 for x in r))
print(", ".join(str(x) for x in r), sum(x for x in r if x))
a, b, c2, d = r
print(a, b, c2, d)
first, *rest = Range2(1, 5)
print(first, rest)

# iter() and next() by hand
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
it2 = iter(Countdown(2))
print(next(it2), next(it2), next(it2, None))
s_it = iter("ab")
print(next(s_it), list(s_it), list(s_it))
d_it = iter({"x": 1, "y": 2})
print(next(d_it), list(d_it))

# an iterator with state: fibonacci up to a limit, and a linked list
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(100)))

class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList(" + " -> ".join(repr(v) for v in self) + ")"

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

ll = LinkedList(1, "two", 3.0)
ll.push(0)
print(ll, len(ll), list(ll), "two" in ll)
ll.reverse()
print(ll, [v for v in ll if isinstance(v, int)])
print(LinkedList(), len(LinkedList()), list(LinkedList()))

# StopIteration inside a for body is an ordinary exception
class Limited:
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= min(self.limit, len(self.items)):
            raise StopIteration("done after %d" % self.pos)
        self.pos += 1
        return self.items[self.pos - 1]

lim = Limited("abcdef", 4)
print(list(lim))
try:
    next(lim)
except StopIteration as e:
    print("StopIteration:", e, e.args)
