# f-strings with format specs, as in the tutorial
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'Item':<10}|{'Price':>8}|{'Qty':^5}|")
print("-" * 27)
for name, price, qty in items:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|")
total = sum(p * q for _, p, q in items)
print(f"Total: {total:,.2f}")
print(f"{1234567.891:,}")
print(f"{0.000123:e} {0.000123:.2e} {123456789:.3g}")
print(f"{42:08b} {255:#x} {255:#o} {255:X}")
print(f"{3.14159:+.3f} {-2:+d} {7: d}")
print(f"{'centered':*^20}")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|")
print(f"{0.5:%} {0.125:.1%}")
name = "World"
print(f"{name!r} {name!s} {name=}")
x = 10
print(f"{x = }, {x*2 = }")
print(f"{{literal braces}} {x}")
print(f"{1_000_000:_d} {1e100:.0e}")
print(f"{-0.0} {float('inf')} {float('nan')}")
print(f"{12:>{width}}|{12:<{width}}|")
