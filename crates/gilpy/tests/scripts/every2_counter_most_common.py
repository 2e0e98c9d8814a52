from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(4))
print(c["was"], c["missing"])
letters = Counter("mississippi")
print(letters)
print(sorted(letters.elements()))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b)
a.update(["a", "c"])
print(a)
a.subtract({"a": 10})
print(a, +a)
print(c.total() if hasattr(c, "total") else sum(c.values()))
print(list(Counter("abracadabra").keys()))
inventory = Counter(apples=5, pears=0)
print(dict(inventory), "pears" in inventory)
