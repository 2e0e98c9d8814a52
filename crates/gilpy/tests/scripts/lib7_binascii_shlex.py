# binascii conversions and CRCs; shlex split/quote/join.
import binascii, shlex

print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"hi", "-"))
print(binascii.unhexlify("01abff"), binascii.a2b_hex(b"4869"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b""))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"abc", 0xFFFF))
print(binascii.b2a_base64(b"gilpy"), binascii.b2a_base64(b"gilpy", newline=False), binascii.a2b_base64(b"Z2lscHk=\n"))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e, isinstance(e, ValueError))
try:
    binascii.crc32("text")
except TypeError as e:
    print("TypeError:", e)

print(shlex.split("ls -l 'my file.txt' \"a b\" c\\ d"))
print(shlex.split('cmd --opt="a b" plain \'single q\''))
print(shlex.split("echo hi # comment"), shlex.split("echo hi # comment", comments=True))
print(shlex.quote("it's"), shlex.quote("safe-name.txt"), shlex.quote(""), shlex.quote("a b"))
print(shlex.join(["a b", "c", "d'e"]))
print(list(shlex.shlex("x = 'y z'", posix=True)))
lex = shlex.shlex("a,b c", posix=True)
lex.whitespace_split = True
print(list(lex))
for bad in ("'unterminated", "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
