a = b'hello'
b = B"it's"
c = rb'\n\x00raw'
d = b'\x00\xff\t\n\\ \'q\' \101\0'
e = b'con' b'cat' rb'\d'
f = b"""multi
line"""
print(a, b, c, d, e, f)
print(len(c), len(d), a[0], a[1:3], a + b' world', a * 2, b'ell' in a, 101 in a)
print(a == b'hello', a.decode(), b'caf\xc3\xa9'.decode('utf-8'), b','.join([b'x', b'y']))
print(type(a).__name__, {a: 1}[b'hello'], b'' == bytes(), b'a' < b'b', b'\x41\x42'.hex())
print(bytes.fromhex('414243'), bytearray(b'abc'), bytearray(b'xy') + b'z', b'a,b'.split(b','))
x = bytearray(b'ab')
x += b'cd'
x[0] = ord('A')
print(x, b'%s' if False else b'ok', [i for i in b'AZ'], list(b'\x01\x02'))
print(b'  pad  '.strip(), b'Hi'.upper(), b'Hi'.lower(), b'abcabc'.replace(b'b', b'B'), b'abcabc'.count(b'c'))
print(b'hello'.startswith(b'he'), b'hello'.find(b'l'), b'hello'.endswith(b'lo'), repr(b"\"'"))
print(sorted([b'b', b'a', b'ab']), max(b'a', b'b'), b'a' in [b'x', b'a'], {b'a', b'a', b'b'} == {b'a', b'b'})
print(f"{b'x'}", str(b'y'), isinstance(b'', (bytes, bytearray)), hash(b'abc') == hash(b'abc'), b'abc'.decode('ascii'))
print(bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'), bytes(bytearray(b'q')), list(bytearray(3)))
print(b'x'.join(bytearray(b'ab').split(b'a')), b''.join([]), len(b'\n'), b'a' * 0, bytes(range(3)))
ba = bytearray(b'hello')
ba[1:3] = b''
del_ok = True
print(ba, ba.find(b'l'), ba.count(108), ba.upper(), ba.hex(), bytes.fromhex(ba.hex()))
print(type(b'a'[0]).__name__, b'abc'[-1], b'abc'[5:], bytearray(b'xyz')[::2])
print(int.from_bytes(b'\x01\x00', byteorder='little'), (65).to_bytes(1, byteorder='big').decode())
