# a bare raise SystemExit exits with status 0 and prints nothing to stderr
print("about to exit")
try:
    raise SystemExit
finally:
    print("finally still runs")
print("not reached")
