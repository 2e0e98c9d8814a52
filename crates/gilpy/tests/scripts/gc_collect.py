# Cycles with __del__ are finalized by gc.collect (PEP 442); the count matches CPython.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del node", self.name)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
print("collected", gc.collect())


class P:
    pass


p = P()
q = P()
p.o = q
q.o = p
del p, q
print("plain pair", gc.collect())
lst = []
lst.append(lst)
del lst
print("self list", gc.collect())
d = {}
d["me"] = d
del d
print("self dict", gc.collect())
print("nothing", gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(P()))
