# slicing with steps, indexing, comparison, repr of quotes/escapes/unicode, ord/chr, str() of builtins

s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1])
print(s[8:2:-1], s[-1:-4:-1], s[::-3], s[2:8:3], s[5:1], s[100:], s[-100:2], s[3:3], s[::-1][::-1] == s)
print(repr(s[10:]), repr(s[5:5]), s[-2:-1], s[1:-1:2], s[9:0:-2], s[:0:-1])
for start, stop, step in [(None, None, -1), (None, 4, -1), (4, None, -1), (-2, None, -2), (1, 9, 4)]:
    print(start, stop, step, "->", repr(s[start:stop:step]))

print("-- comparison and membership")
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "abc" == "abc", "abc" != "abd", "10" < "9")
print(sorted(["b", "B", "a", "A", "_", "1", " ", "é"]), max("hello"), min("hello"))
print("lo" in "hello", "ol" in "hello", "" in "", "a" * 3 in "baaab")

print("-- repr of strings")
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "null\x00byte", "bell\x07", "\r", "uni: é ñ ü", "emoji: \u263a", "\x7f", "\u00a0nbsp", "", "'"]
for t in samples:
    print(repr(t), len(t))
print(["it's", "a\nb", "\\"], ("x",), {"k'": 'v"'})
print(str("it's"), "tab\there", "a\\b")
print('single' == "single", """triple "quoted" 'string'""", '''also triple''')
print("concat" "enated", "line " \
      "continued")

print("-- ord and chr")
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("☺"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(0x263A))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "python"])

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))

print("-- str() of builtin values")
values = [0, -5, 2 ** 70, 1.5, -0.0, 1e300, True, False, None, "s", "", [1, [2]], (), (1,), (1, 2),
          {}, {"a": 1}, range(5), range(1, 10, 2), [None, True], {1: {2: 3}}, ([],)]
for v in values:
    print(type(v).__name__, str(v), repr(v), sep=" | ")
print(str(len), str(print)[:20], str(int), str(str), str(Exception), str(ValueError("m")))

print("-- immutability and building strings")
word = "cat"
try:
    word[0] = "b"
except TypeError as e:
    print("TypeError:", e)
word = "b" + word[1:]
print(word)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), len("".join(parts)))
acc = ""
for ch in "stressed":
    acc = ch + acc
print(acc)
