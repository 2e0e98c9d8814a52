inventory = [
    {"sku": "A100", "name": "Widget", "qty": 12, "price": 2.5},
    {"sku": "B200", "name": "Gadget", "qty": 0, "price": 12.0},
    {"sku": "C300", "name": "Doohickey", "qty": 5, "price": 7.25},
    {"sku": "D400", "name": "Thingamajig", "qty": 40, "price": 0.99},
]
header = f"{'SKU':<6} {'Name':<12} {'Qty':>4} {'Price':>8} {'Value':>9}"
print(header)
print("=" * len(header))
total = 0
for it in sorted(inventory, key=lambda r: r["qty"] * r["price"], reverse=True):
    value = it["qty"] * it["price"]
    total += value
    flag = " (out)" if it["qty"] == 0 else ""
    print(f"{it['sku']:<6} {it['name']:<12} {it['qty']:>4} {it['price']:>8.2f} {value:>9.2f}{flag}")
print("-" * len(header))
print(f"{'Total':<33}{total:>9.2f}")
low = [i["name"] for i in inventory if i["qty"] < 10]
print("Low stock:", ", ".join(low))
by_price = {i["name"]: i["price"] for i in inventory}
print(max(by_price, key=by_price.get), min(by_price.values()))
avg = sum(i["price"] for i in inventory) / len(inventory)
print(f"Average price: {avg:.3f}")
print(f"{'%':>3} {0.4567:.1%}")
