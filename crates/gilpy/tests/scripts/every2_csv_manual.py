data = """name,department,salary,start_year
Alice,Engineering,120000,2015
Bob,Marketing,85000,2018
Carol,Engineering,135000,2012
Dave,Sales,70000,2020
Eve,Marketing,92000,2016
"""

lines = data.strip().splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"])
    r["start_year"] = int(r["start_year"])

by_dept = {}
for r in rows:
    by_dept.setdefault(r["department"], []).append(r)

for dept in sorted(by_dept):
    people = by_dept[dept]
    avg = sum(p["salary"] for p in people) / len(people)
    names = ", ".join(p["name"] for p in sorted(people, key=lambda p: p["start_year"]))
    print(f"{dept:<12} n={len(people)} avg={avg:>10,.1f} [{names}]")

senior = [r["name"] for r in rows if 2024 - r["start_year"] >= 8]
print("senior:", senior)
print(",".join(header))
for r in sorted(rows, key=lambda r: r["salary"], reverse=True)[:2]:
    print(",".join(str(r[h]) for h in header))
