# Generator pipelines: parse records lazily, filter, group and aggregate.
def records(n):
    x = 1
    for i in range(n):
        x = (x * 48271) % 2147483647
        yield i, "k%d" % (x % 97), x % 1000

def valid(rows):
    for r in rows:
        if r[2] % 7 != 0:
            yield r

def windows(rows, size):
    buf = []
    for r in rows:
        buf.append(r)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

totals = {}
count = 0
for win in windows(valid(records(200000)), 50):
    count += 1
    for _, key, val in win:
        totals[key] = totals.get(key, 0) + val
top = sorted(totals.items(), key=lambda kv: -kv[1])[:3]
print(count, top, sum(v for v in totals.values()))
