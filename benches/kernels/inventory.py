from dataclasses import dataclass, field
from collections import defaultdict
import operator

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: tuple = field(default=(), compare=False)

def build(n):
    items = []
    for i in range(n):
        items.append(Item(price=(i * 37 % 1000) / 10, name=f"item{i:05d}", qty=i % 13,
                          tags=("a" if i % 2 else "b", "x" if i % 3 else "y")))
    return items

items = build(20000)
by_tag = defaultdict(list)
for it in items:
    for t in it.tags:
        by_tag[t].append(it)
res = []
for t in sorted(by_tag):
    lst = sorted(by_tag[t])
    top = sorted(lst, key=operator.attrgetter("qty"), reverse=True)[:3]
    res.append((t, len(lst), lst[0].name, [x.name for x in top]))
print(res)
value = sum(it.price * it.qty for it in items)
print(round(value, 2))
cheap = [it for it in items if it.price < 5.0 and it.qty > 5]
print(len(cheap), min(items).price, max(items).price)
