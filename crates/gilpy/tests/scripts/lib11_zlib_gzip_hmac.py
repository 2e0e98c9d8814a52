# zlib, gzip and hmac: round trips, checksums, data CPython's zlib wrote, errors.
import gzip
import hashlib
import hmac
import io
import os
import tempfile
import zlib

print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"x" * 100000), zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")))
data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, c[:1], zlib.decompress(c) == data, len(c) < len(data) or level == 0)
for wbits in (-15, -9, 9, 15, 31):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else "")
# Made by CPython's zlib.
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W\xc8@"\xcb\xf3\x8brR2H\x12\x06\x00\x96x\x1aM'))
print(zlib.decompress(b"KLJ\x06\x00", -15))
cpy_gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xafRHI,I\x04\x00\xc9\x80\xb24\x07\x00\x00\x00'
print(gzip.decompress(cpy_gz), gzip.decompress(cpy_gz + cpy_gz))
print(gzip.decompress(gzip.compress(data)) == data, gzip.compress(b"x", mtime=0)[:10])
for bad, wbits in ((b"not zlib", 15), (zlib.compress(data)[:-3], 15), (b"x\x9c" + b"\xff" * 8, 15)):
    try:
        zlib.decompress(bad, wbits)
    except zlib.error as e:
        print("error:", e)
broken = bytearray(zlib.compress(b"abc"))
broken[-1] ^= 1
try:
    zlib.decompress(bytes(broken))
except zlib.error as e:
    print("error:", e)
try:
    zlib.compress("text")
except TypeError as e:
    print(e)
try:
    gzip.decompress(b"plain")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
co = zlib.compressobj(9)
stream = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
do = zlib.decompressobj()
out = b"".join(do.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7))
print(out == data, do.eof, do.unused_data)
do2 = zlib.decompressobj()
print(do2.decompress(zlib.compress(b"abc") + b"TAIL"), do2.eof, do2.unused_data)
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("line one\nligne deux é\n")
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open(p, "rb") as f:
    print(f.read())
with open(p, "rb") as f:
    print(f.read(2), zlib.decompress(f.read()[8:], -15)[:4] if False else "")
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest())
h = hmac.new(b"k" * 100, digestmod="md5")
h.update(b"part1")
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print(e)
