# pickle of instances of subclasses of int, str, float, tuple, set and frozenset
# (with an attribute): CPython's bytes and the values read back.
import pickle
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class MyTuple(tuple): pass
class MySet(set): pass
class MyBytes(bytes): pass
class MyFS(frozenset): pass
for v in [MyInt(5), MyStr("ab"), MyFloat(1.5), MyTuple((1, 2)), MySet({3}), MyFS({4})]:
    v.tag = 1
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(v, p)
            w = pickle.loads(d)
            print(p, d, type(w).__name__, sorted(w) if isinstance(w, (set, frozenset)) else w, w.tag)
        except Exception as e:
            print(p, type(v).__name__, "error", type(e).__name__, e)
