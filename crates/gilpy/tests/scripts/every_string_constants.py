import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   wORLD of python"))
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
def caesar(s, k):
    lo = string.ascii_lowercase
    table = str.maketrans(lo, lo[k:] + lo[:k])
    return s.translate(table)
print(caesar("hello world", 3), caesar(caesar("hello", 3), 23))
print([c for c in "a1!B " if c in string.ascii_letters + string.digits])
print(string.Formatter().format("{0}-{1}", "a", "b"))
