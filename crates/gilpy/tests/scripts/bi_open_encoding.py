p = "/tmp/gilpy_bi_enc.txt"
with open(p, "w", encoding="latin-1") as f:
    f.write("café\n")
print(open(p, "rb").read())
print(repr(open(p, encoding="latin-1").read()))
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(repr(open(p, encoding="utf-8", errors="replace").read()))
print(repr(open(p, errors="ignore").read()))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(p, encoding="klingon")
except LookupError as e:
    print(e)
