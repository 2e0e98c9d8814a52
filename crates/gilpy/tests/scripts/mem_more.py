# memoryview: exports that are dropped, nested views, bytes-like uses.
import struct
ba = bytearray(b"0123456789")
v = memoryview(ba)[2:8]
print(bytes(v), v.obj is ba, len(v))
del v
ba.append(ord("!"))  # the view was dropped: resizing is allowed again
print(ba)
v = memoryview(ba)
w = v[1:9:2]
print(w.tolist(), w.nbytes, w.strides, w.contiguous, v.contiguous)
w[0] = ord("x")
w[1:3] = b"yz"
print(ba, w.tobytes(), bytes(w))
r = v[::-1]
print(r[:3].tobytes(), r[0], r[-1])
try:
    w.cast("B")
except TypeError as e:
    print("TypeError", e)
try:
    v.cast("H").cast("I")
except TypeError as e:
    print("TypeError", e)
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")))
print(b"".join([memoryview(b"ab"), b"cd", bytearray(b"ef")]))
print(bytes(memoryview(b"abc")[::-1]), bytearray(memoryview(b"xyz")[::2]))
v.release()
v.release()
del w, r
ba.extend(b"??")
print(ba)
m = memoryview(b"abc")
print(m == m, memoryview(b"ab").cast("c") == memoryview(b"ab"), m.cast("b") == m)
print([x for x in memoryview(b"hi")], 104 in memoryview(b"hi"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist())
with memoryview(b"abc") as m1:
    with memoryview(m1) as m2:
        print(m2[1:].tobytes())
print(memoryview(bytearray(4)).cast("i").tolist())
mv = memoryview(bytearray(8)).cast("q")
mv[0] = -5
print(mv.tolist(), bytes(mv.cast("B")))
try:
    mv[0] = 2**63
except ValueError as e:
    print("ValueError", e)
try:
    mv[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    mv["a"]
except TypeError as e:
    print("TypeError", e)
print(memoryview(b"ab").hex(), memoryview(b"\x01\x02\x03").hex("-", 2))
print(str(memoryview(b"x")).startswith("<memory at"))
