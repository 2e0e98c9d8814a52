# %-formatting and str.format

print("-- % with flags, width, precision")
for n in [0, 7, -7, 42, 12345]:
    print("[%d] [%5d] [%-5d] [%05d] [%+d] [%+4i] [% d] [%x] [%X] [%#x] [%o] [%#o]"
          % (n, n, n, n, n, n, n, n, n, n, n, n))
for x in [0.0, 3.14159, -2.5, 1234.5678]:
    print("[%f] [%.2f] [%8.3f] [%-8.1f] [%08.2f] [%+.1f] [%.0f] [%e] [%g]" % (x, x, x, x, x, x, x, x, x))
for s in ["", "ab", "longer text"]:
    print("[%s] [%10s] [%-12s] [%.3s] [%5.1s] [%r]" % (s, s, s, s, s, s))
print("%s %s %s %s" % (None, True, [1, "a"], (1,)))
print("%r %r %r" % ("quote's", 1.0, [None]))
print("%d%% of %s" % (50, "total"), "100%%" % (), "%c%c" % (72, "i"))
print("%(name)s is %(age)d years, %(name)s!" % {"name": "Ann", "age": 30})
print("%(x)08.3f|%(y)-6s|" % {"x": 3.14159, "y": "ok"})
print("%s" % "single", "%s" % ("tuple",), "%s" % [1, 2], "%5s|%-5s|" % ("a", "b"))
print("%d %i %d" % (3.99, -3.99, True), "%.3d" % 7, "%x" % 255, "%s" % 0.1)
print("%*d|%-*d|" % (6, 42, 4, 7), "%.*f" % (2, 3.14159))

print("-- str.format")
print("{} {} {}".format(1, "two", 3.0))
print("{0}{1}{0}".format("ab", "cd"), "{1} {0}".format("world", "hello"))
print("{name} is {age}".format(name="Bo", age=9), "{0} {x}".format("pos", x="kw"))
print("[{:>10}] [{:<10}] [{:^10}] [{:*^9}] [{:-<6}] [{:0>5}]".format("r", "l", "c", "mid", "x", 42))
print("[{:^9.3f}] [{:10.2f}] [{:<8.1e}] [{:+d}] [{: d}] [{:,}] [{:_}]".format(3.14159, 2.5, 12345.678, 5, 5, 1234567, 1234567))
print("{!r} {!s} {!r:>8}|".format("hi", "hi", "x"))
print("{:d} {:5d} {:05d} {:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}".format(42, 42, 42, 255, 255, 255, 8, 8, 5, 5, 5))
print("{:%} {:.1%} {:.0%} {:e} {:.2E} {:g} {:G}".format(0.5, 0.123, 1, 1234.5, 0.000123, 1e-7, 1e20))
print("{{literal}} {} {{{}}}".format("a", "b"))

class Pt:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]

    def __repr__(self):
        return "Pt()"

p = Pt()
d = {"k": "v", "n": 5}
print("{0.x} {0.y[1]} {0!r}".format(p), "{d[k]} {d[n]:>3}".format(d=d), "{0[1]}{0[0]}".format("ab"))
print("{:>{w}}|{:.{prec}f}".format("dyn", 3.14159, w=6, prec=2))
print("{0:{1}}|".format("abc", 6), "{:=+8d}".format(-42), "{:=8.2f}".format(-3.14159))

print("-- a report table")
rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("thingamajig", 1, 199.999)]
print("{:<12}{:>5}{:>10}{:>11}".format("item", "qty", "price", "total"))
print("-" * 38)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print("{:<12}{:>5d}{:>10.2f}{:>11,.2f}".format(name, qty, price, total))
print("-" * 38)
print("%-12s%5s%10s%11.2f" % ("TOTAL", "", "", grand))
for name, qty, price in rows:
    print("%-8.8s|%3d|%7.2f|%s" % (name, qty, price, "*" * qty))
