import re
log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout
2024-01-15 10:24:01 INFO [web] Request /index.html 200
2024-01-15 10:25:13 WARNING [db] Slow query (2.5s)
2024-01-16 08:00:00 INFO [cron] Job started"""
pat = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\w+) \[(\w+)\] (.*)$", re.M)
for m in pat.finditer(log):
    date, time, level, comp, msg = m.groups()
    print(f"{level:<8}{comp:<5}{msg}")
print(re.findall(r"\[(\w+)\]", log))
counts = {}
for lvl in re.findall(r"^\S+ \S+ (\w+)", log, re.M):
    counts[lvl] = counts.get(lvl, 0) + 1
print(counts)
print(re.sub(r"(\d+)\.(\d+)s", lambda m: f"{float(m.group(0)[:-1]) * 1000:.0f}ms", log.splitlines()[2]))
phone = re.compile(r"\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.fullmatch(s)
    print(s, "->", "-".join(m.groups()) if m else None)
print(re.split(r"\s*[,;]\s*|\s+and\s+", "apples, pears ; plums and cherries"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.findall(r"\d+\.?\d*", "Prices: 3.50, 10, 7.25 and .5"))
print(re.match(r"^[\w.+-]+@[\w-]+\.[a-z]{2,}$", "john.doe@example.com") is not None)
print(bool(re.search(r"^\s*$", "   ")), bool(re.search(r"^\s*$", " x ")))
html = '<a href="x.html">X</a> <a href="y.html">Y</a>'
print(re.findall(r'href="([^"]+)"', html), re.findall(r"<a[^>]*>(.*?)</a>", html))
print(re.sub(r"<[^>]+>", "", html))
print(re.compile(r"\d+").pattern, re.compile("a", re.I).flags & re.I)
print(re.findall(r"(?:ab)+", "ababab abab"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.search(r"(?<![\w.])\d+(?![\w.])", "v1.2 and 42!").group())
print(re.sub(r"\s{2,}", " ", "too    many   spaces"), re.sub(r"^\s+|\s+$", "", "  trim  "))
m = re.search(r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;b=2")
print(m.group("key", "val"), m.span("val"), m.expand(r"\g<val>:\1"))
print([m.group() for m in re.finditer(r"\b\w{5,}\b", "Regular expressions are powerful tools")])
print(re.findall(r"[aeiou]", "Programming", flags=re.I), len(re.findall(r".", "a\nb")), len(re.findall(r".", "a\nb", re.S)))
print(re.escape("1+1=2?"), re.sub(re.escape("a.b"), "X", "a.b axb"))
print(re.match(r"(\d+)-(\d+)?", "12-").groups(), re.match(r"(\d+)-(\d+)?", "12-").group(2))
print(re.sub(r"(a)|b", r"[\1]", "abc"), re.subn(r"\d", "#", "a1b22"))
print(re.split(r"(?<=[.!?]) +", "Hi there. How are you? Fine!"))
try:
    re.compile("[a-")
except re.error as e:
    print("error:", e.msg if hasattr(e, "msg") else e)
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.findall(r"^a", "a\na", re.MULTILINE))
print(re.fullmatch(r"[01]+", "10102"), re.fullmatch(r"[01]+", "1010").group())
