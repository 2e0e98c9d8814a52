# time: clocks, gmtime/localtime, struct_time, strftime, mktime.
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() > p0, time.monotonic() > m0)
print(isinstance(t0, float), t0 > 1.6e9)

for secs in [0, 86399, 951782400, 1700000000, 1709210096, -86400, 4102444800]:
    g = time.gmtime(secs)
    print(secs, tuple(g), g.tm_year, g.tm_yday, g.tm_wday)
g = time.gmtime(1700000000)
print(g)
print(g[0], g[-1], g[1:3], len(g), list(g)[:3])
y, mo, d, *rest = g
print(y, mo, d, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %A %b %B %d %j %y %I %p %w %%", g))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(951782400)))
print(time.strftime("%H:%M", (2024, 3, 1, 14, 5, 0, 4, 61, 0)))
print(time.mktime(time.gmtime(1700000000)) == 1700000000.0 or "local time differs")
print(time.gmtime(1700000000) == time.gmtime(1700000000.5))
now = time.localtime()
print(type(now).__name__, now.tm_year >= 2024, len(time.strftime("%Y")) == 4)
try:
    time.strftime("%Y", 5)
except TypeError as e:
    print("TypeError:", e)
