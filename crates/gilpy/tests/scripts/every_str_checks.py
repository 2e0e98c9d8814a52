samples = ["abc", "ABC", "Abc", "123", "12.5", "a1", " ", "", "Hello World", "\t\n", "²", "½", "ǅ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(),
          s.isupper(), s.islower(), s.istitle(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize())
print("x".join([]), "".join(["a"]), "a b".split(" "), " a  b ".split(" "))
print("abc".startswith(("x", "a")), "abc".endswith(("c",)), "abcabc".replace("", "-"))
print("%s|%s" % ("ab".center(5), "ab".center(6)), "x".center(4, "*"))
print("aaa".count("aa"), "a" * 0, "abc".find(""), "abc".rfind(""), "".find("a"))
print("a\tb\tc".expandtabs(), "12\t3".expandtabs(2))
print("Hello"[::-1].lower(), min("hello"), max("hello"), sorted("bca", reverse=True))
