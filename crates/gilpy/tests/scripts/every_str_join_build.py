parts = []
for i in range(5):
    parts.append(str(i))
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(s.strip() + ".")
lines = ["# Header", "", "Some text", "  indented", "last"]
print("\n".join(f"{i:02d}: {l}" for i, l in enumerate(lines, 1)))
csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
for r in data:
    rec = dict(zip(header, r))
    print(rec)
print([int(r[1]) for r in data], sum(int(r[1]) for r in data))
path = "/home/user/docs/report.final.txt"
print(path.rsplit("/", 1)[-1], path.split(".")[-1], path.count("/"))
url = "https://example.com/path?x=1&y=two"
base, query = url.split("?")
params = dict(p.split("=") for p in query.split("&"))
print(base, params)
print("Hello {}, you have {} new {}".format("Ann", 3, "messages"))
msg = "  Multiple   spaces   here  "
print("|" + " ".join(msg.split()) + "|")
