# String formatting: f-strings with specs, %-formatting, str.format, joins.


def main():
    out = []
    total = 0
    for i in range(40000):
        x = i * 1.5
        s1 = f"{i:5d}|{x:8.2f}|{i:x}|{'ab':>4}"
        s2 = "%d-%s-%.3f-%05d" % (i, "k", x / 7, i % 1000)
        s3 = "{}:{:>6}:{:.1e}".format(i, i * 3, x)
        total += len(s1) + len(s2) + len(s3)
        if i % 5000 == 0:
            out.append(s1 + s2 + s3)
    print(total)
    print("\n".join(out))


main()
