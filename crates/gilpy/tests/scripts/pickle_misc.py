# pickle of bound methods, ranges, slices, object(); TypeError for generators,
# locks and files.
import pickle
import threading
class A:
    def __init__(self): self.v = 7
    def m(self): return self.v
for p in (0, 2, 4):
    print(pickle.dumps(A().m, p) if p else "", pickle.loads(pickle.dumps(A().m, p))())
    print(pickle.dumps([].append, p))
    print(pickle.dumps(range(1, 10, 2), p), pickle.loads(pickle.dumps(range(1, 10, 2), p)))
    print(pickle.dumps(slice(1, None), p), pickle.loads(pickle.dumps(slice(1, None), p)))
    print(type(pickle.loads(pickle.dumps(object(), p))).__name__)
def g():
    yield 1
for bad in [g(), threading.Lock(), open(__file__)]:
    try:
        pickle.dumps(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
