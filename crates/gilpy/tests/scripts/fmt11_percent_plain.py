print("%s=%d (%r) %%" % ("a", 5, 7), "%s" % "x", "%s" % 3.5, "%s %s" % (None, True), "%d%%" % True)
print("%r" % 1e20, "%s" % 1e-7, "%s|%s" % (float("inf"), -0.0), "%d" % 3, "[%s]" % "", "%s" % (1,))
print("%s" % [1, 2], "%s" % {"a": 1}, "%r" % "q", "%d" % 3.9, "%s" % (("t",),))
for bad in (lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%d" % None, lambda: "%" % 1):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str):
    def __str__(self):
        return "custom"
print("%s" % S("z"), "%s!" % S("w"), "%s and %d" % ("é", -12), "%s" % 10**30)
