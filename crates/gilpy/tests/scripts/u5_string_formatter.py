# string.Formatter: parse() and a vformat that goes through the overridable hooks
import string

f = string.Formatter()
print(list(f.parse("x{a}y{b:>3}z")))
print(list(f.parse("{0!r:^10} and {{braces}} {obj.attr[2]}")))
print(list(f.parse("")), list(f.parse("plain")))
print(f.format("{0}-{1:>4}-{name}", "a", "b", name="n"))
print(f.format("{} {}", 1, 2), f.format("{0[1]} {0[x]}", {1: "one", "x": "ex"}))


class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


print(Default().format("{name} is {age:>5} {0}", "pos", name="Ann"))
print(Upper().format("{a} {b!l} {c:>6.2f}", a="hi", b="LoW", c=3.14159))
print(list(f.parse("{0:{1}}")), list(f.parse("a}}b{{c")), list(f.parse("{0!s}")))
for bad in ("{", "}", "{0!}", "{!x:y", "ab{", "{0", "{0!r", "{0!rx}", "{a{b}c}", "x}"):
    try:
        list(f.parse(bad))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
