from datetime import time, datetime, timedelta, timezone

for s in ["07:15", "23:59:58", "12:30:45.5", "08:00:00.000123", "T10:11", "04:05:06+02:00", "10"]:
    t = time.fromisoformat(s)
    print(s, repr(t), t.isoformat())
for bad in ["25:00", "7:5", "", "noon"]:
    try:
        time.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.fromisoformat(715)
except TypeError as e:
    print("TypeError:", e)
start = time.fromisoformat("09:30")
print(datetime.combine(datetime(2024, 5, 1).date(), start) + timedelta(minutes=45))
print(time.fromisoformat("18:45:00").strftime("%I:%M %p"))
