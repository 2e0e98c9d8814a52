# the common str methods

s = "  Hello, World! Hello!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("..a.b..".lstrip(".")), repr("path///".rstrip("/")))
print(repr("\t\n spaced \r\n".strip()), repr("".strip()), repr("abc".strip("")))

print("-- split / rsplit / splitlines")
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 1), csv.split(",", maxsplit=2), csv.rsplit(",", 1))
print("  many   spaces\there \n".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "aXbXc".split("X", 0))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines(), "x\n".splitlines(), "".splitlines(), text.split("\n"))
print("a\nb\n".splitlines(True))

print("-- find / rfind / index / rindex / count")
h = "hello world, hello python"
print(h.find("hello"), h.find("hello", 1), h.find("hello", 1, 10), h.find("zzz"), h.find(""))
print(h.rfind("hello"), h.rfind("o"), h.rfind("o", 0, 10), h.rfind("zzz"), h.index("world"))
print(h.rindex("l"), h.count("l"), h.count("l", 5), h.count("l", 5, 12), h.count(""), "aaaa".count("aa"))
print(h.find("o", -6), h.count("o", -10, -1), h.index("python", 10))

print("-- replace / join / case")
print(h.replace("hello", "bye"), "|", h.replace("hello", "bye", 1), "|", h.replace("l", ""))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", "yy", 0))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "/".join("abc"))
print(" + ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]).count("\n"))
for w in ["hello world", "HELLO", "hELLO wORLD", "it's a dog's life", "3rd place", "o'neil mc-donald"]:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")

print("-- startswith / endswith")
f = "report_2024.csv"
print(f.startswith("report"), f.startswith("data"), f.startswith(("data", "rep")), f.startswith("2024", 7))
print(f.endswith(".csv"), f.endswith((".txt", ".md")), f.endswith("report", 0, 6), "".startswith(""))

print("-- padding and alignment")
for word in ["a", "abc", "abcdef"]:
    print("[" + word.center(9) + "]", "[" + word.ljust(7, ".") + "]", "[" + word.rjust(7, "*") + "]",
          "[" + word.center(8, "=") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("[" + "ab".center(1) + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]")

print("-- is* predicates")
samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Title Case", "\t\n", "x_y", "ÄÖ", "-5"]
print("sample       alpha digit alnum upper lower space title decimal numeric")
for t in samples:
    print(f"{t!r:<12} {t.isalpha()!s:5} {t.isdigit()!s:5} {t.isalnum()!s:5} {t.isupper()!s:5} "
          f"{t.islower()!s:5} {t.isspace()!s:5} {t.istitle()!s:5} {t.isdecimal()!s:7} {t.isnumeric()!s}")
print("name_1".isidentifier(), "1name".isidentifier(), "abc".isascii(), "é".isascii())

print("-- misc")
print("ab" * 3, 3 * "-", "x" * 0, "x" * -2, len("héllo"), "abc" < "abd", "Z" < "a", "" < "a")
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "a" in ["a"], "HeLLo".casefold())
print("tab\tsep".expandtabs(4), "%s" % "a,b".split(","), "x".join(["1", "2", "3"]).split("x"))
print(str.upper("abc"), str.join("-", ["p", "q"]), "abc".removeprefix("a"), "abc".removesuffix("bc"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted({w: 1 for w in words}), sorted(words)[-1])
print(" ".join(w.capitalize() for w in words), " ".join(reversed(words)))
print("".join(sorted("hello")), "".join(c for c in "h-e-l-l-o" if c != "-"), "hello"[::-1])
