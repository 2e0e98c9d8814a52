name, age, height = "Ann", 31, 1.6789
print("%s is %d years old and %.2f m tall" % (name, age, height))
print("%-10s|%10s|" % ("left", "right"))
print("%05d %+d %x %X %o %e %g" % (42, 42, 255, 255, 8, 12345.678, 0.00001234))
print("%(name)s scored %(score)3d%%" % {"name": "Bob", "score": 97})
print("%c%c%c" % (72, 105, 33), "%r" % "quoted", "%s" % [1, 2])
print("%.3s" % "truncate", "%*d" % (6, 42), "%-*d|" % (6, 42))
print("%s" % (("tuple", "inside"),))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{name}!".format(name="hey"))
print("{:,}".format(1234567), "{:.1%}".format(0.256), "{0[0]}-{0[1]}".format((7, 8)))
class P:
    x = 3
print("{p.x}".format(p=P()), "{:{w}}|".format("pad", w=6), "{!r}".format("r"))
