import sys
g = sys.getsizeof
print(g(0), g(1), g(2**30), g(2**60), g(-5), g(1.5), g(True), g(False), g(None), g(2**200))
print(g(''), g('a'), g('abc'), g('é'), g('€'), g('😀'), g(b''), g(b'ab'), g(bytearray(b'ab')), g(bytearray()))
print(g(()), g((1,)), g((1, 2, 3)), g([]), g([x for x in range(3)]))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(g(l))
print(sizes)
print(g({}), g({'a': 1}), g({str(i): i for i in range(6)}), g({i: i for i in range(30)}))
print(g(set()), g({1, 2}), g(set(range(20))), g(frozenset()), g(range(5)), g(object()))
class A: pass
class S:
    def __sizeof__(self): return 100
print(g(A()), g(S()), g(3 + 4j))
try:
    class Bad:
        def __sizeof__(self): return -1
    g(Bad())
except ValueError as e:
    print(e)
