print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("abra", "cad"))
print("{name} lives in {city}".format(name="Ann", city="Oslo"))
point = {"x": 3, "y": 4}
print("x={0[x]}, y={0[y]}".format(point))
class P:
    def __init__(self):
        self.a = 1
        self.b = [10, 20]
p = P()
print("a={0.a} b1={0.b[1]}".format(p))
print("{:>{w}}|".format("hi", w=6))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=9))
print("{!r:>10}".format("s"))
print("{:.{}f}".format(2.718281828, 3))
data = [("Ann", 90.5), ("Bob", 78.25)]
for n, s in data:
    print("{:<6}{:>7.2f}".format(n, s))
print("{:,d}".format(10**9))
print("{0:b} {0:o} {0:x} {0:c}".format(65))
print(format(3.5, "08.2f"), format(12, ">5"), format("ab", "<4") + "|")
print("{:%Y}".format if False else "skip")
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{{}} {}".format("x"))
