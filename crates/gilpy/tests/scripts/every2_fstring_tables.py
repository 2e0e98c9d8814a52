products = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 12.25),
    ("Thingamajig", 1, 199.999),
    ("Doohickey", 1200, 0.05),
]

header = f"{'Item':<12}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in products:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>6,}{price:>10.2f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'Grand total':<28}{grand:>12,.2f}")
print(f"{'Tax (8.25%)':<28}{grand * 0.0825:>12,.2f}")

print(f"{0.4567:.1%} {1234567:_d} {255:#x} {255:#o} {255:08b} {-42:+d} {42: d}")
print(f"{'centered':*^20}")
print(f"{3.14159:10.3f}|{3.14159:<10.3e}|{1e-7:g}|{123456789.0:g}")
width, prec = 12, 3
print(f"{2/3:{width}.{prec}f}|")
print(f"{'abc'!r:>8} {'abc'!s:>8}")
print(f"{1000000:,} {1000000:.2e} {-0.0:.1f}")
