# unicodedata: names, lookup, categories, digit values, normalization.
import unicodedata as ud

for ch in "Aé1 ☃٣_-€\u0301":
    print(repr(ch), ud.name(ch, "?"), ud.category(ch))
print(ud.lookup("SNOWMAN"), ud.lookup("GREEK SMALL LETTER ALPHA"), ud.lookup("latin small letter a"))
try:
    ud.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError", e)
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError", e)
print(ud.name("\x00", None))
print(ud.decimal("7"), ud.decimal("٣"), ud.decimal("\U0001D7D9"), ud.digit("²"), ud.numeric("9"), ud.decimal("x", -1))
for f in ("decimal", "digit", "numeric"):
    try:
        getattr(ud, f)("x")
    except ValueError as e:
        print(f, e)
s = "e\u0301 ﬁ Å ①"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    out = ud.normalize(form, s)
    print(form, len(out), [hex(ord(c)) for c in out], ud.is_normalized(form, s))
print(ud.normalize("NFC", "café") == "café", ud.normalize("NFD", "café") == "café")
try:
    ud.normalize("XYZ", "a")
except ValueError as e:
    print(e)
try:
    ud.category("ab")
except TypeError as e:
    print(e)
print(ud.unidata_version)
