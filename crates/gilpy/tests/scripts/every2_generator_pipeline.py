log_lines = """
2024-01-01 10:00:01 INFO server started
2024-01-01 10:00:05 WARNING disk at 85%
2024-01-01 10:01:00 ERROR connection refused
2024-01-01 10:02:30 INFO request /index
2024-01-01 10:03:00 ERROR timeout after 30s
2024-01-01 10:04:10 INFO request /about
""".strip().splitlines()

def parse(lines):
    for line in lines:
        date, time, level, message = line.split(" ", 3)
        yield {"time": time, "level": level, "msg": message}

def only(level, records):
    return (r for r in records if r["level"] == level)

def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1

for n, r in numbered(only("ERROR", parse(log_lines))):
    print(f"{n}. {r['time']} {r['msg']}")

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

gen = countdown(3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)

def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])

def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, (4, 5)]], 6])))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
