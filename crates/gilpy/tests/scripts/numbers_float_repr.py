# float repr and str: shortest round-tripping digits, exponents, specials

values = [0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 2.0 ** 0.5, 1e16, 1e15, 123456789012345678.0,
          1e-5, 1e-4, 0.0001234, 1.5e-7, 1e22, 1e23, -0.0, 0.0, 5e-324, 1.7976931348623157e308,
          100.0, 1e100, 3.0e-10, 12345.6789, 0.5, 2.5e-3, 1.0 / 7, 9007199254740993.0,
          float("inf"), float("-inf"), 4.35, 0.3, 1.1 * 1.1, 3.14159265358979]
for v in values:
    print(repr(v), str(v), [v])

print("-- arithmetic results")
print(0.1 + 0.7, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 - 0.9, 3 * 0.1, 0.1 * 0.1, 100 * 1.1, 1e16 + 1, 1e16 + 2)
print(2.0 ** 64, 2.0 ** -10, 10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(7.0 // 2, 7.0 % 2.5, -7.0 // 2, 1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, [nan] == [nan])
print(-0.0 == 0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0), abs(-0.0), -(0.0))

print("-- float() from strings and back")
for s in ["1", "1.0", "1e5", "-1.5E-3", "  3.25  ", "+inf", "-Infinity", "nan", "0.1", "1_0.5", "00012.5000"]:
    print(repr(s), "->", repr(float(s)))

print("-- int/float conversion")
print(int(2.5), int(-2.5), int(1e15), int(1.9999999999999999), float(2 ** 53 + 1), float(10 ** 16))
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 1), round(1e16), round(123.456, -1))
print(1e3 == 1000, 1000 == 1e3, 1.0 == True, {1: "a"}[1.0])

print("-- %-formatting and format specs of floats")
x = 1234.56789
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3e|%g|%G" % (x, x, x, x, x, x, x, x, 1e-10))
print("%g %g %g %g %g" % (0.0001, 0.00001, 123456, 1234567, 1e100))
print(f"{x:.1f} {x:12.4f} {x:<12.2f}| {x:e} {x:.0e} {x:g} {x:,.2f} {x:015.3f}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {-0.0:.1f} {1e20:.2f} {1/3:.15f}")
print(f"{0.25:%} {0.25:.1%} {1/8:.0%} {-1.5:+.2f} {1.5:+.2f} {1.5: .2f}")
print(f"{inf} {-inf:>8} {nan:^7}| {inf:.2f} {1e16:g} {1e-5:g} {123.0:g}")
print(str(1e16), str(1e-5), "%s" % 1e16, "%r" % 0.1, "{}".format(2.0 ** 0.5))

print("-- accumulate")
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
prices = [19.99, 5.01, 0.1, 3.333]
print(sum(prices), round(sum(prices), 2), "%.2f" % sum(prices), max(prices) - min(prices))
avg = sum(prices) / len(prices)
print(avg, f"{avg:.3f}", int(avg), round(avg))
