text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity"""
import re
from collections import Counter
words = re.findall(r"[a-z']+", text.lower())
print(len(words), len(set(words)))
for w, n in Counter(words).most_common(5):
    print(f"{w:<8}{n:>3}")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(set(lengths[k])))
print(max(words, key=len), text.count("it was"), text.splitlines()[1][:10])
