import csv
import io

data = """id,name,city,score
1,Alice,"New York, NY",88.5
2,Bob,Boston,92
3,"Carol ""CJ"" Jones",Chicago,79.25
"""

reader = csv.reader(io.StringIO(data))
header = next(reader)
print(header)
for row in reader:
    print(row)

rows = list(csv.DictReader(io.StringIO(data)))
print(rows[0])
print(sorted(r["name"] for r in rows))
avg = sum(float(r["score"]) for r in rows) / len(rows)
print(f"average score: {avg:.2f}")

out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["name", "note"])
writer.writerow(["Dan", "says \"hi\", twice"])
writer.writerows([["Eve", 3], ["Fay", None]])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "score"], lineterminator="\n")
dw.writeheader()
for r in rows:
    dw.writerow({"name": r["name"], "score": r["score"]})
print(out.getvalue(), end="")

for row in csv.reader(["a;b;c", "1; 2;3"], delimiter=";", skipinitialspace=True):
    print(row)
tsv = csv.writer(out2 := io.StringIO(), delimiter="\t", quoting=csv.QUOTE_ALL)
tsv.writerow([1, "two"])
print(repr(out2.getvalue()))
try:
    d = csv.DictWriter(io.StringIO(), fieldnames=["a"])
    d.writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
