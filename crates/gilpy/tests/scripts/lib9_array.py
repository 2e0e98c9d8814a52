import array
import copy
import pickle

for tc, big, small in [('b', 128, -129), ('B', 256, -1), ('h', 2**15, -2**15 - 1), ('H', 2**16, -1),
                       ('i', 2**31, -2**31 - 1), ('I', 2**32, -1), ('l', 2**63, -2**63 - 1),
                       ('L', 2**64, -1), ('q', 2**63, -2**63 - 1), ('Q', 2**64, -1)]:
    ok = array.array(tc, [big - 1, max(small + 1, 0)])
    print(tc, ok.itemsize, ok)
    for v in (big, small):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(" ", tc, v > 0, e)
bad = [lambda: array.array('i', [1.5]), lambda: array.array('z'), lambda: array.array('i', [1]) + [2],
       lambda: array.array('i') + array.array('d'), lambda: array.array('u', [1]),
       lambda: array.array('i', ['a']), lambda: array.array('i').pop(),
       lambda: array.array('i', [1]).remove(5), lambda: array.array('i', [1]).index(5),
       lambda: array.array('d', 'ab'), lambda: array.array('i', [1])[3]]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('d', [1, 2.5])
print(a, repr(array.array('u', 'hi')), array.array('b'), a.itemsize, a.typecode, a * 2, a[::-1])
print(a == array.array('d', [1, 2.5]), a < array.array('d', [2]), a == [1.0, 2.5])
print(array.array('i', [1, 2]).tobytes(), array.typecodes, list(array.array('h', b'\x01\x00\x02\x00')))
print(str(a), a.buffer_info()[1], array.array('u', 'xyz').tobytes())
b = array.array('i', [1, 2, 3])
b[1:2] = array.array('i', [7, 8])
print(b)
del b[0]
print(b, b.count(7))
b.extend([9])
b.fromlist([10])
b += array.array('i', [11])
print(b, 9 in b, len(b), b.index(9), sum(b), max(b))
b.reverse()
print(b, b.pop(), b.pop(0), b)
for bad_set in [lambda: b.__setitem__(slice(0, 1), [1]), lambda: b.__setitem__(0, 'x')]:
    try:
        bad_set()
    except TypeError as e:
        print("TypeError", e)
print(array.array('f', [0.1])[0], array.array('i', range(3)), array.array('u', 'ab').tounicode())
c = array.array('h', [1, 256])
c.byteswap()
print(c, copy.deepcopy(c), pickle.loads(pickle.dumps(c)) == c)
w = array.array('l', [-1, 2])
w2 = array.array('l')
w2.frombytes(w.tobytes())
print(w2, sorted(array.array('d', [3, 1, 2])), list(enumerate(array.array('B', b'hi'))))
