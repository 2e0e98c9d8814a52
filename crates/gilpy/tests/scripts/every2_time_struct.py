import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
t2 = time.gmtime(1700000000)
print(time.strftime("%A, %d %B %Y %I:%M %p", t2))
print(time.strftime("%a %b %d %j %U", t2))
print(tuple(t2)[:6])
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print("elapsed positive:", elapsed > 0.005)
print(isinstance(time.time(), float), isinstance(time.monotonic_ns(), int))
parsed = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_hour, parsed.tm_min)
print(time.asctime(t2))
