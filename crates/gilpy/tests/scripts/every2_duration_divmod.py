def fmt_duration(seconds):
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = []
    for value, unit in ((days, "d"), (hours, "h"), (minutes, "m"), (secs, "s")):
        if value:
            parts.append(f"{value}{unit}")
    return " ".join(parts) or "0s"

for s in [0, 59, 61, 3600, 3661, 86399, 90061, 1000000]:
    print(f"{s:>8} -> {fmt_duration(s)}")

def hms(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
print(hms(3725), hms(45), hms(360000))

def human_bytes(n):
    for unit in ["B", "KB", "MB", "GB", "TB"]:
        if n < 1024:
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
    return f"{n:.1f} PB"
for n in [512, 2048, 5_000_000, 3 * 1024 ** 3, 2 ** 60]:
    print(human_bytes(n))

cents = 123456
dollars, cents = divmod(cents, 100)
print(f"${dollars:,}.{cents:02d}")
