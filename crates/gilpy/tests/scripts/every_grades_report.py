students = {"alice": [88, 92, 79], "bob": [65, 70, 58], "carol": [95, 98, 100], "dan": []}
def letter(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    elif avg >= 60: return "D"
    return "F"
print(f"{'Student':<10}{'Avg':>8}{'Grade':>7}")
for name, scores in sorted(students.items()):
    if not scores:
        print(f"{name.capitalize():<10}{'n/a':>8}{'-':>7}")
        continue
    avg = sum(scores) / len(scores)
    print(f"{name.capitalize():<10}{avg:>8.2f}{letter(avg):>7}")
best = max((s for s in students if students[s]), key=lambda s: sum(students[s]) / len(students[s]))
print("Top:", best.title())
all_scores = [x for v in students.values() for x in v]
print(len(all_scores), min(all_scores), max(all_scores), round(sum(all_scores) / len(all_scores), 3))
hist = {}
for s in all_scores:
    bucket = s // 10 * 10
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist, reverse=True):
    print(f"{b:3d}-{b + 9:<3d} {'#' * hist[b]}")
