# A finalizer that resurrects its object: __del__ never runs twice (PEP 442).
import gc

keep = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("phoenix del", self.n)
        keep.append(self)


p = Phoenix(1)
del p
print("kept", len(keep), keep[0].n)
keep.clear()
gc.collect()
print("cleared, no second del")
p = Phoenix(2)
print(gc.is_finalized(p))
del p
print(gc.is_finalized(keep[0]))
