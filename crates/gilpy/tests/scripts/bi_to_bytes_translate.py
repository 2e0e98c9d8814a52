print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(), (-1).to_bytes(2, 'big', signed=True))
print((0).to_bytes(3, 'big'), (2**64).to_bytes(9, 'big'), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 0], 'big'), int.from_bytes(b'\x01' * 10, 'big'))
for f in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle')):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-d".translate(t))
t = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t))
t = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t.items()), "abcd".translate(t))
print("hello".translate({ord("l"): None}), "hi".translate({104: 72}), "x".translate({}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans("ab")
except TypeError as e:
    print(e)
