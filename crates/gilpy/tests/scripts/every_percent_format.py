name = "Alice"
age = 30
print("Hello, %s! You are %d years old." % (name, age))
print("%5.2f|%-8s|%08.3f" % (3.14159, "left", -2.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000012, 1e-10, 123456789.0))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 25})
print("%c%c%c" % (72, 105, 33))
print("%r %s" % ("quoted", "plain"))
print("100%% sure")
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%.3s" % "abcdef")
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
print("%s" % [1, 2, 3])
print("%s" % (1,))
print("%.2f%%" % 45.678)
