from string import Template

for text in ["Hi $name, you owe $$$amount (${amount} total) -- $name",
             "broken ${brace and $ok", "$1 is not a name", "${}", "plain text", "$a$b${c}d"]:
    t = Template(text)
    print(repr(text), t.get_identifiers(), t.is_valid())

class Percent(Template):
    delimiter = "%"
p = Percent("%who owes %% %what")
print(p.get_identifiers(), p.is_valid(), p.substitute(who="Al", what="5"))
t = Template("$x and ${y}")
print(t.safe_substitute(x=1), t.substitute(x=1, y=2))
try:
    Template("ok $").substitute()
except ValueError as e:
    print("ValueError:", e)
