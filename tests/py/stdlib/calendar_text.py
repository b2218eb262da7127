import calendar

# Month and year layouts as text, with both first weekdays.
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2025, 6))
print(c.formatweekheader(2))
print(calendar.calendar(2021, w=2, l=1, c=3, m=4)[:400])

# Predicates and arithmetic.
for y in (1900, 2000, 2023, 2024, 2100):
    print(y, calendar.isleap(y))
print(calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2021, 8))
print(calendar.weekday(2024, 7, 4), calendar.weekday(1970, 1, 1))
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name)[1:4], list(calendar.month_abbr)[-3:])
print(calendar.firstweekday())

# Iteration helpers.
cal = calendar.Calendar(firstweekday=calendar.MONDAY)
print(list(cal.iterweekdays()))
print(cal.monthdayscalendar(2024, 2))
print([d.isoformat() for d in cal.itermonthdates(2024, 3)][:10])
print(list(cal.itermonthdays2(2024, 1))[:9])
print(cal.yeardays2calendar(2023, width=6)[0][0][0])
print(len(cal.yeardatescalendar(2024)))

# Errors are CPython's.
for bad in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
