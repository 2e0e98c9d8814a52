# memoryview over bytes and bytearray.
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.tobytes(), m.tolist()[:3], m.hex(), m.hex(":"), m.obj)
s = m[1:5]
print(type(s).__name__, s.tobytes(), len(s), s[0], s.obj is m.obj)
print(m[::2].tobytes(), m[::-1].tobytes(), m[2:2].tobytes())
print(bytes(m[6:]), bytearray(m[:5]))
print(m == b"hello world", m == b"hello", m[:5] == memoryview(b"hello"), m != b"x")
print(m[:5] == bytearray(b"hello"), m == "hello world")
print(hash(m[:5]) == hash(b"hello"))
print(list(m[:3]), b"-".join([m[:2], m[3:5]]))
for name in ("bytes", "bytearray"):
    print(name, bytes(memoryview(b"ab")))

ba = bytearray(b"abcdef")
v = memoryview(ba)
print(v.readonly)
v[0] = 65
v[1:3] = b"BC"
v[3:5] = memoryview(b"DE")
print(ba, v.tobytes())
v[-1] = ord("F")
print(ba)
try:
    v[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    v[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
try:
    v[10]
except IndexError as e:
    print("IndexError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
try:
    ba.extend(b"xy")
except BufferError as e:
    print("BufferError", e)
try:
    del ba[0]
except BufferError as e:
    print("BufferError", e)
ba[0] = 97  # same size is fine
print(v[0])
v.release()
ba.append(33)
print(ba)
try:
    len(v)
except ValueError as e:
    print("ValueError", e)
try:
    v.tobytes()
except ValueError as e:
    print("ValueError", e)
print(repr(v).split(" at 0x")[0])
print(repr(m).split(" at 0x")[0])

with memoryview(bytearray(b"xyz")) as w:
    print(w.tobytes())
try:
    w[0]
except ValueError as e:
    print("ValueError", e)

# hashing
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print("ValueError", e)

# cast
raw = bytearray(b"\x01\x00\x02\x00\xff\xff\x00\x01")
h = memoryview(raw).cast("H")
print(h.format, h.itemsize, len(h), h.nbytes, h.tolist(), h[2])
h[0] = 513
print(raw)
print(memoryview(raw).cast("b").tolist())
print(memoryview(raw).cast("c").tolist()[:2], memoryview(raw).cast("c")[0])
print(memoryview(raw).cast("I").tolist(), memoryview(raw).cast("i").tolist())
print(memoryview(raw).cast("q").tolist(), memoryview(raw).cast("Q").tolist())
print(memoryview(raw).cast("h").tolist())
import struct
fd = memoryview(struct.pack("<dd", 1.5, -2.25)).cast("d")
print(fd.tolist(), fd[1], fd.format, fd.itemsize)
print(h.cast("B").tolist())
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(b"abcd").cast("z")
except ValueError as e:
    print("ValueError", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
mm = memoryview(memoryview(b"nest"))
print(mm.tobytes(), mm.obj)
print(b"ab" + memoryview(b"cd"), bytearray(b"x") + memoryview(b"y"))
print(isinstance(m, memoryview), type(m))
print(b"ll" in bytes(m), m.tobytes().count(b"l"))
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"abc")).toreadonly().readonly)
