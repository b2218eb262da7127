# datetime: date/time/datetime construction, arithmetic with timedelta, formatting, parsing, comparison, timezone
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1), d.replace(day=1), date.fromordinal(738000))
print(date.fromisoformat("2021-12-31"), d.isoformat(), d.strftime("%Y/%m/%d %A %B %j %a %b"), d.ctime(), d.timetuple()[:6])
print(date(2000, 1, 1) < d, max(date(2020, 5, 5), d), date.min, date.max, date.resolution, d.isocalendar().week)
for bad in ((2023, 2, 29), (2023, 13, 1), (0, 1, 1)):
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError")
t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.isoformat(), t.isoformat("minutes"), t.replace(hour=1), time())
print(t.strftime("%H:%M:%S %p %I"), time.fromisoformat("07:08:09.5"), time(1, 2) < time(1, 3), bool(time(0)))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // 3)
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(timedelta(0), timedelta(microseconds=-1), timedelta(weeks=2, milliseconds=1), timedelta.max, timedelta.min, timedelta(seconds=1) * 1.5)
print(divmod(timedelta(days=3), timedelta(hours=5)), timedelta(1) == timedelta(hours=24), bool(timedelta()), str(timedelta(days=-1, seconds=5)))
x = datetime(2023, 12, 31, 23, 59, 58, 999999)
print(x, repr(x), x + timedelta(seconds=2), x.date(), x.time(), x.isoformat(), x.isoformat(" ", "seconds"), x.timestamp() if x.tzinfo else "naive")
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %%"), x.replace(year=2020, month=2, day=29), datetime.combine(d, t), x.weekday())
print(datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04 00:05"), datetime(2020, 1, 1) - datetime(2019, 1, 1))
u = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
print(u, u.isoformat(), u.utcoffset(), u.tzname(), u.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
est = timezone(timedelta(hours=-5), "EST")
print(u.astimezone(est), est, repr(est), timezone(timedelta(hours=5, minutes=30)), u.astimezone(est) == u, u.astimezone(est).tzname())
print(repr(timezone.utc), timezone.utc.utcoffset(None), timezone(timedelta(0)), timezone(-timedelta(minutes=90)).tzname(None))
class Fixed(dt.tzinfo):
    def utcoffset(self, d): return timedelta(hours=2)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return "PLUS2"
y = datetime(2024, 1, 1, 8, tzinfo=Fixed())
print(y, y.utcoffset(), y.tzname(), y.astimezone(timezone.utc), y - u, y.strftime("%z %Z"), y.timetuple().tm_isdst, y.utctimetuple()[:5])
try:
    y < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError")
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 5), datetime(2019, 12, 31)]), hash(d) == hash(date(2024, 2, 28)))
print({date(2020, 1, 1): "a"}[date(2020, 1, 1)], date(2024, 1, 1) - timedelta(days=366), datetime.min, datetime.max)
print(dt.MINYEAR, dt.MAXYEAR, type(dt.datetime.now()).__name__, isinstance(x, date), issubclass(datetime, date))
print(tuple(datetime(2024, 5, 17).isocalendar()), date(2021, 1, 3).isocalendar()[:], date.fromisocalendar(2020, 53, 7), x.toordinal())
print(format(d, "%d.%m.%Y"), f"{x:%H:%M}", "{:%Y}".format(d), str(datetime(2020, 1, 1, 0, 0)), datetime(2020, 1, 1, 0, 0, 0, 5))
class MyDate(date):
    def describe(self):
        return f"my {self.isoformat()}"
md = MyDate(2022, 2, 2)
print(md.describe(), type(md + timedelta(1)).__name__, str(md), MyDate.today().__class__.__name__, type(md.replace(day=3)).__name__)
print(datetime(2024, 1, 31) + timedelta(days=30), timedelta(days=1, seconds=86399, microseconds=999999 + 1), date(1, 1, 1).toordinal())
