import csv
import os
import tempfile
from collections import defaultdict

rows = [
    {"date": "2024-01-03", "region": "north", "product": "apples", "units": 12, "price": 0.5},
    {"date": "2024-01-03", "region": "south", "product": "pears", "units": 7, "price": 0.75},
    {"date": "2024-01-04", "region": "north", "product": "pears", "units": 3, "price": 0.8},
    {"date": "2024-01-05", "region": "east", "product": "apples", "units": 20, "price": 0.45},
    {"date": "2024-01-05", "region": "south", "product": "apples", "units": 9, "price": 0.5},
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sales.csv")
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    with open(path, newline="") as f:
        raw = f.read()
    print(repr(raw.splitlines()[0]), raw.count("\r\n"))

    totals = defaultdict(float)
    units = defaultdict(int)
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        for rec in reader:
            revenue = int(rec["units"]) * float(rec["price"])
            totals[rec["region"]] += revenue
            units[rec["product"]] += int(rec["units"])
        print("lines read:", reader.line_num)

for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6} {total:>7.2f}")
print(dict(units))

with tempfile.NamedTemporaryFile("w+", suffix=".tsv", delete=True, newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["name", "quote"])
    w.writerow(["ann", 'she said "hi"'])
    w.writerow(["bob", "tab\there"])
    f.seek(0)
    print(f.read(), end="")
    f.seek(0)
    for row in csv.reader(f, delimiter="\t"):
        print(row)
