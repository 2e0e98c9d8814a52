import re

data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"list is too long ({n} elements, expected <= 5)")

print([y for x in data if (y := x * 2) > 10])

chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)) != "":
    print("chunk:", chunk)

pattern = re.compile(r"(\d+)-(\d+)")
for text in ["10-20", "abc", "3-4 and 5-6"]:
    if (m := pattern.search(text)) is not None:
        print(text, "->", m.groups(), int(m[1]) + int(m[2]))
    else:
        print(text, "-> no match")

total = 0
values = [5, 10, 20, 40]
partial = [total := total + v for v in values]
print(partial, total)

def stats(nums):
    return {"min": (lo := min(nums)), "max": (hi := max(nums)), "range": hi - lo}
print(stats(data))
print(any((hit := x) > 8 for x in data), hit)
