# del on bytearray items and slices, *=, f-string !a (un4)
ba = bytearray(b"hello, world!")
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[0:5]
print(ba, len(ba))
del ba[::2]
print(ba)
ba = bytearray(range(10))
del ba[1:8:3]
print(list(ba))
del ba[::-2]
print(list(ba))
del ba[5:2]
print(list(ba))
del ba[:]
print(ba)
for bad in [5, -1]:
    try:
        del ba[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    del bytearray(b"x")["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    del b"abc"[0]
except TypeError as e:
    print("TypeError:", e)
b = bytearray(b"ab")
alias = b
b *= 3
print(b, alias is b)
b *= 0
print(b)
print(f"{'é'!a} {'plain'!a} {['ü', 1]!a} {'☕'!a:>12}|", "{0!a}".format("ß"))
