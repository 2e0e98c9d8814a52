# f-strings: expressions, nested quotes, conversions, format specs

name = "Ada"
n = 1234567
x = 3.14159265
s = "hi"
v = 255
p = 0.4567
items = ["a", "b", "c"]
data = {"key": "value", "num": 42}

print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name.upper()} {len(name)} {name[::-1]} {name * 2}")
print(f"{1 + 2} {n // 1000} {x * 2:.3f} {2 ** 10} {-n} {n % 7}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {', '.join(items)}")
print(f"{data['key']} {data['num'] + 1} {data}")
print(f'{data["key"]} {"nested" + " quotes"} {"a" if n > 0 else "b"}')
print(f"{'yes' if x > 3 else 'no'} {[i * i for i in range(4)]} {sum(i for i in range(10))}")
print(f"{n:,} {n:_} {n:>12,} {n:<12}| {n:^12}| {n:012d} {-n:,}")
print(f"{x:08.3f} {x:.2f} {x:10.4f}| {x:<10.1f}| {x:e} {x:.3g} {x:+.1f} {-x:+.1f}")
print(f"{s:*^11} {s:>5} {s:<5}| {s:^6}| {s!r:>8} {s:.1}")
print(f"{v:#x} {v:x} {v:X} {v:#o} {v:b} {v:#b} {v:08b} {v:#010x} {v:c}")
print(f"{p:.1%} {p:%} {p:.0%} {1:.2%} {-p:.2%}")
print(f"{True} {None} {True!r} {1.0} {[1.0, None]} {(1,)} {{}} {{x}}")
w, prec = 10, 3
print(f"[{x:{w}.{prec}f}] [{name:>{w}}] [{n:{'>'}{w},}]")
print(f"{'left':<{w}}|{'right':>{w}}|")

# f-strings inside loops and functions
def row(label, amount, width=12):
    return f"{label:.<{width}}{amount:>8.2f}"

for label, amount in [("coffee", 3.5), ("sandwich", 7.25), ("a very long label", 12)]:
    print(row(label, amount))

for i in range(1, 4):
    print(f"{i}: {i ** 2:>3} {i ** 3:>4} {'even' if i % 2 == 0 else 'odd'}")

# objects with __str__ / __repr__
class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c:.1f}°C"

    def __repr__(self):
        return f"Temp({self.c!r})"

t = Temp(21.456)
print(f"{t} {t!r} {t!s} {[t]} {t.c:.0f} {str(t):>10}|")

# escapes and multi-line
tab = "\t"
print(f"col1{tab}col2", f"{'a'}\n{'b'}")
msg = (
    f"name={name} "
    f"count={len(items)} "
    "plain "
    f"x={x:.1f}"
)
print(msg)
print(f"""triple {name}
second line {n}""")
print(f"{chr(34)}quoted{chr(34)} {chr(39)} {'it' + chr(39) + 's'!r}")

# string concatenation vs f-string vs format agree
a, b = 3, 4
print(f"{a}+{b}={a + b}", "{}+{}={}".format(a, b, a + b), "%d+%d=%d" % (a, b, a + b), str(a) + "+" + str(b) + "=" + str(a + b))
print(f"{a!r:>4}{b!s:<4}|", f"{a / b}", f"{a / b:.5}", f"{a // b}", f"{-a % b}")
print(f"{3.0} {3.0:g} {1e20} {1e20:f} {0.1 + 0.2} {0.1 + 0.2:.17f} {2.5:.0f} {3.5:.0f}")
