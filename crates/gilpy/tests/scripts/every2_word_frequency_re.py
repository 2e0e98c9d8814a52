import re
from collections import Counter

text = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts."""

words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
for word, count in freq.most_common(5):
    print(f"{word:<10}{count:>3} {'*' * count}")
print(sorted(w for w in freq if len(w) > 8))
lines = text.splitlines()
print([len(l.split()) for l in lines if l])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "simple is better"))
print(re.split(r"[.,]\s*", "a, b. c,d"))
caps = re.findall(r"\b[A-Z]\w+", text)
print(caps[:6])
sentences = [s.strip() for s in re.split(r"[.!?]", text) if s.strip()]
print(len(sentences), sentences[-1])
