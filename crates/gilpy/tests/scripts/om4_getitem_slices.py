class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[...], r[:, None], r["a"])
print(r[1:2:3].start, type(r[:]).__name__, r[:])
r[0] = "x"
r[1:3] = [1, 2]
del r[::2]
del r[1, 2]
r[1:2, ::3] = 0
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5))
print(slice(None).indices(3), slice(-1, None, -1).indices(4))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), repr(slice(None, None)))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
class NoSet:
    def __getitem__(self, k):
        return 1
try:
    NoSet()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoSet()[0]
except TypeError as e:
    print("TypeError:", e)
l = list(range(10))
l[2:5] = "ab"
print(l)
l[::3] = [0] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[::2]
print(l)
