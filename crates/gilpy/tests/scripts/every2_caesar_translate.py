import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(
        lower + upper,
        lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift],
    )
    return text.translate(table)

msg = "Attack at Dawn! Meet at the old bridge."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13) == caesar(caesar(msg, 13), 26))

no_vowels = str.maketrans("", "", "aeiouAEIOU")
print(msg.translate(no_vowels))
print("hello".translate({ord("l"): "L", ord("o"): None}))

def rot_ord(ch, k):
    if ch.isalpha():
        base = ord("a") if ch.islower() else ord("A")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch
print("".join(rot_ord(c, 1) for c in "xyz XYZ"))
print([ord(c) for c in "AZaz"], chr(9731), ascii("snow ☃"))
