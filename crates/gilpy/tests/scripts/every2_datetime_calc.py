from datetime import datetime, date, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=1), d - timedelta(weeks=5), d.weekday(), d.strftime("%A %d %b %Y"))
birthday = date(1990, 7, 15)
today = date(2024, 3, 10)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print("age:", age, "days alive:", (today - birthday).days)
dt = datetime(2024, 3, 10, 14, 30, 15)
print(dt, dt.isoformat(), dt.date(), dt.time())
print(dt + timedelta(hours=10, minutes=45), dt.replace(year=2025))
delta = datetime(2024, 12, 25) - dt
print(delta, delta.days, delta.seconds, delta.total_seconds())
print(datetime.strptime("2024-02-29 08:05", "%Y-%m-%d %H:%M"))
print(timedelta(days=1, seconds=3661), timedelta(minutes=-5), timedelta(hours=36) // timedelta(days=1))
days = [date(2024, 2, 26) + timedelta(days=i) for i in range(7)]
print([x.strftime("%a %d") for x in days])
print(sorted([date(2023, 5, 1), date(2021, 1, 1), date(2022, 12, 31)]))
print(repr(timedelta(days=2, hours=3)), repr(date(2024, 1, 1)))
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).isocalendar())
