# A malformed format spec names the type being formatted
for v in [1, 2.5, "s", True, 10**30]:
    try:
        format(v, "xyz")
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{3:abc}"
except ValueError as e:
    print("ValueError:", e)
print(f"{7:>4}", format(2.5, "<6.2f") + "|")
