a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::2], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:5])
s = "Hello, World"
print(s[7:], s[::-1], s[-5:-1], s[::3])
b = a[:]
b[2:4] = ["x", "y", "z"]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[1:3]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-2])
sl = slice(1, 8, 3)
print(a[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None).indices(10))
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba, bytes(ba[::2]))
print("abcdef"[slice(2, None)])
m = [[1, 2], [3, 4]]
print([row[1:] for row in m])
a[3:] = []
print(a)
