# calendar: leap years, month lengths, weekday names and text calendars
import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2024, 7, 4))
print(calendar.month_name[3], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6])
print(list(calendar.month_name)[:4], calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2021, 8, w=3, l=1))
calendar.prmonth(2023, 1)
print(calendar.weekheader(2), "|", calendar.weekheader(9))
print(calendar.calendar(2024))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 3))
print(list(calendar.Calendar().iterweekdays()), list(cal.iterweekdays()))
print([d for d in calendar.Calendar().itermonthdates(2024, 2)][:3])
print(calendar.timegm((2024, 1, 1, 12, 30, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e, isinstance(e, ValueError))
for y in range(2020, 2030):
    if calendar.isleap(y):
        print(y, "leap", sum(calendar.monthrange(y, m)[1] for m in range(1, 13)))
