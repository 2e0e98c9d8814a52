path = "/tmp/gilpy_bi_io_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01line1\nline2\n\xff"), f.write(bytearray(b"!")))
    f.writelines([b"a\n", b"b"])
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, len(data))
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.readlines())
with open(path, "rb") as f:
    print([line for line in f])
with open(path, "ab") as f:
    f.write(b"++")
print(open(path, "rb").read()[-4:])
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
with open(path, "w", encoding="utf-8") as f:
    f.write("é\n")
with open(path, "rb") as f:
    print(f.read().decode("utf-8"))
with open(path, "r+b") as f:
    print(f.read())
