import math
user = "alice"
items = [1, 2, 3]
price = 19.987
print(f"{user=}")
print(f"{user = }")
print(f"{items=} {len(items)=}")
print(f"{price=:.2f}")
print(f"{price = :>10.1f}")
print(f"{user!r:>10}|{user=!s}")
print(f"{math.pi=:.3f}")
print(f"{1 + 2 = }")
print(f"{items[0] * 10=}")
d = {"k": "v"}
print(f"{d['k']=}")
print(f"{'nested ' + user=}")
x = 42
print(f"{x=:#b} {x=:08.3f} {x=!a}")
print(f"{{literal braces}} {x}")
print(f"""multi
line {x}""")
width = 8
print(f"[{user:^{width}}] [{x:<{width}d}]")
