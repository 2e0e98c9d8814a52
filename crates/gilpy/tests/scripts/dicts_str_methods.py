s = "  Hello, World;  a  b\tc\n"
print(s.split(), s.split(","), s.rsplit(None, 1), s.strip(), s.strip(" ;H\n"), s.lstrip(), s.rstrip(), "é x é".split(), "aé".strip("a"))
print(s.splitlines(True), s.lower(), s.upper(), s.find("o"), s.count("l"), s.startswith(("x"," ")), s.replace("l","L",2), "abc".replace("x","y"))
