import re
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE))
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"line$", text, re.M))
print(re.search(r"first.*third", text), re.search(r"first.*third", text, re.DOTALL).group())
pat = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pat.search("call 555 1234 now").groups())
print(re.findall(r"(?i)abc", "ABC abc AbC"))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("contact: a.b@ex.com, c+d@mail.org; bad@x"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2023-05-17")
print(m.start("m"), m.end("y"), m.lastgroup, m.lastindex, m.string, m.re.pattern)
print(re.findall(r"(\w)\1", "aabbcd eeff"))
print(re.findall(r"\w+(?=ing)", "singing running sing"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"))
print(re.sub(r"(?P<a>x)(?P=a)", "Y", "xx x xxx"))
print(re.split(r"(\d)", "a1b2c"))
print(re.findall(r"\bcat\b", "cat concat cat's"), pat.pattern[:5] == "\n    ", pat.flags & re.VERBOSE != 0)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.match(r"a|b|c", "c").group(), re.search(r"x*", "abc").span())
print(repr(re.match(r"\d+", "42abc")))
print(re.sub("", "-", "abc"), re.split(r"x*", "axbc"))
