def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")
print(vowels("Programming in Python"))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return "".join(out)
print(rle("aaabccdddd"))
print(" ".join(w[::-1] for w in "hello world foo".split()))
print("".join(sorted("listen")) == "".join(sorted("silent")))
s = "snake_case_name"
print("".join(w.title() for w in s.split("_")), s.replace("_", " ").title())
camel = "camelCaseString"
import re
print(re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower())
print(f"{'Name':10}{'Score':>6}")
for n, sc in [("Alice", 93), ("Bob", 8)]:
    print(f"{n:10}{sc:>6}")
print("a" in "abc", "abc".find("c"), "x".join("abc"), "abc"[-1])
print("%d items cost $%.2f" % (3, 9.5))
print("Hello"[1:4].upper().center(7, "="))
print(list("abc"), tuple("ab"), "".join(map(chr, range(65, 70))))
print(str(123).rjust(6, "0"), "{:03}".format(7), "ab\\n", len("ab\n"))
print("café".upper(), "ǅ".lower(), "İ".lower().encode(), "ß".casefold())
print(ascii("café ✓"), repr("é"), "\u00e9" == "é", "\N{BULLET}")
