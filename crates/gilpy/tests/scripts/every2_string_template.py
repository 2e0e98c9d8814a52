import string
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(who="tim"))
print(Template("${noun}ification costs $$10").substitute(noun="simpl"))

print(string.capwords("hello   wonderful world"))
print(string.capwords("a-b-c", "-"))
print(string.ascii_lowercase[:5], string.digits, string.hexdigits)
print(len(string.punctuation), "!" in string.punctuation)

fmt = string.Formatter()
print(fmt.format("{0} + {1} = {2}", 1, 2, 3))
print("{:>8}|{:<8}|{:^8}|".format("right", "left", "mid"))
