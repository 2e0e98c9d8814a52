class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "B-repr"
    def __str__(self):
        return "B-str"
print(str(R()), repr(R()), str(S()), repr(S())[:10], str(Both()), repr(Both()))
print([R(), Both()], (S(),) if False else "", {"k": Both()})
print(f"{Both()} {Both()!r} {Both()!s} {R()!a}")
print("%s %r" % (Both(), Both()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class NonAscii:
    def __repr__(self):
        return "é"
print(ascii(NonAscii()), ascii("ü"), repr("ü"))
print(object.__repr__(Both())[:15], object.__str__(Both()))
class Sub(Both):
    __str__ = object.__str__
print(str(Sub()))
print(str(b"x"), repr(b"x"), str(1.0), repr(1e16), str(-0.0), repr(1.1))
