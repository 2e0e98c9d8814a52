# an inventory report with %-formatting and str.format tables

inventory = [
    # sku, name, category, qty, unit price, reorder level
    ("A-100", "Widget", "hardware", 120, 2.5, 50),
    ("A-101", "Gadget", "hardware", 8, 12.75, 10),
    ("B-200", "Gizmo deluxe edition", "toys", 0, 49.99, 5),
    ("B-201", "Yo-yo", "toys", 340, 0.99, 100),
    ("C-300", "Manual", "books", 15, 19.0, 20),
    ("C-301", "Cookbook", "books", 42, 24.5, 10),
    ("A-102", "Sprocket", "hardware", 1000, 0.05, 200),
]

print("%-6s %-14s %-9s %6s %9s %11s" % ("SKU", "Name", "Category", "Qty", "Price", "Value"))
print("%s" % ("=" * 60))
total_value = 0.0
for sku, name, cat, qty, price, reorder in inventory:
    value = qty * price
    total_value += value
    flag = " *" if qty < reorder else ""
    print("%-6s %-14.14s %-9s %6d %9.2f %11.2f%s" % (sku, name, cat, qty, price, value, flag))
print("%s" % ("=" * 60))
print("%-39s %20s" % ("Total inventory value", "%.2f" % total_value))
print("(* below reorder level)")
print()

# per-category summary with str.format
categories = {}
for sku, name, cat, qty, price, reorder in inventory:
    entry = categories.setdefault(cat, {"items": 0, "units": 0, "value": 0.0})
    entry["items"] += 1
    entry["units"] += qty
    entry["value"] += qty * price

header = "{:<10}|{:>6}|{:>7}|{:>10}|{:>7}"
line = "{:<10}|{:>6d}|{:>7,d}|{:>10,.2f}|{:>7.1%}"
print(header.format("category", "items", "units", "value", "share"))
print("{:-<10}+{:-<6}+{:-<7}+{:-<10}+{:-<7}".format("", "", "", "", ""))
for cat in sorted(categories, key=lambda c: categories[c]["value"], reverse=True):
    e = categories[cat]
    print(line.format(cat, e["items"], e["units"], e["value"], e["value"] / total_value))
print()

# reorder list using a dict-based % template
template = "%(sku)s: order %(needed)4d x %(name)-10s (have %(qty)d, want %(want)d)"
for sku, name, cat, qty, price, reorder in inventory:
    if qty < reorder:
        want = reorder * 2
        print(template % {"sku": sku, "needed": want - qty, "name": name[:10], "qty": qty, "want": want})
print()

# price bands with a simple bar chart
bands = [(0, 1), (1, 10), (10, 25), (25, 100)]
for lo, hi in bands:
    names = [name for _, name, _, _, price, _ in inventory if lo <= price < hi]
    bar = "#" * len(names)
    print("{:>6.2f} - {:<6.2f} {:<4} {}".format(lo, hi, bar, ", ".join(names) if names else "-"))
print()

# right-aligned numbers with sign and padding
changes = [("Widget", 15), ("Gadget", -3), ("Yo-yo", 0), ("Sprocket", -250)]
for name, delta in changes:
    print("%-10s %+5d %05d [%6s] [%-6s]" % (name, delta, abs(delta), delta, delta))
print("{:>10} {:>+8.2f} {:>8.2e}".format("avg price", sum(p for *_, p, _ in inventory) / len(inventory), total_value))
most = max(inventory, key=lambda r: r[3] * r[4])
print("Most valuable line: {1} ({0}) worth {2:,.2f}".format(most[0], most[1], most[3] * most[4]))
