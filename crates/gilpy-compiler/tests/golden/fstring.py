name = "ann"
balance = 12.5
print(f"{name!r}: {balance:>10.2f} ({len(name)} chars)")
print(f"{balance:{4}.{1}}", f"plain", f"{name}")
