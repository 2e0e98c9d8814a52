import textwrap

text = ("Python is an easy to learn, powerful programming language. It has efficient "
        "high-level data structures and a simple but effective approach to "
        "object-oriented programming.")

print(textwrap.fill(text, width=40))
print()
for line in textwrap.wrap(text, width=30):
    print(repr(line))
print()
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print()
print(textwrap.shorten(text, width=60))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=8, placeholder="..."))

code = """
    def greet(name):
        return f"Hello, {name}"
    """
print(textwrap.dedent(code))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: True))
print(textwrap.wrap("", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
w = textwrap.TextWrapper(width=25, break_long_words=False)
print(w.wrap("a verylongwordthatwillnotbebroken here"))
