l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
a = [1]
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    print(repr(n)[:30])
except RecursionError as e:
    print("RecursionError")
from collections import OrderedDict, deque
od = OrderedDict()
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
s = set()
d2 = {1: [d]}
print(d2)
ll = [[]] * 2
print(ll)
import reprlib
@reprlib.recursive_repr()
def _r(self):
    return "<" + repr(self.items) + ">"
class Bag:
    __repr__ = _r
    def __init__(self):
        self.items = [self]
print(Bag())
