# datetime: tzinfo subclasses (a DST zone written in Python), timezone, astimezone/fromutc,
# fold, ISO 8601 formatting and 3.11's wider fromisoformat, strftime's %z/%Z/%f
from datetime import date, datetime, time, timedelta, timezone, tzinfo

ZERO, HOUR = timedelta(0), timedelta(hours=1)

def second_sunday_march(y):
    d = datetime(y, 3, 8, 2)
    return d + timedelta(days=(6 - d.weekday()) % 7)

def first_sunday_november(y):
    d = datetime(y, 11, 1, 2)
    return d + timedelta(days=(6 - d.weekday()) % 7)

class Eastern(tzinfo):
    """US Eastern time with the 2007 rules; fold picks the side of a repeated hour."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start, end = second_sunday_march(dt.year), first_sunday_november(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def fromutc(self, dt):
        start, end = second_sunday_march(dt.year), first_sunday_november(dt.year)
        std = dt.replace(tzinfo=None) + timedelta(hours=-5)
        if start <= std + HOUR - HOUR < start:
            pass
        local_start = start + HOUR  # 7:00 UTC is 2:00 EST -> 3:00 EDT
        if start - timedelta(hours=0) <= std < end - HOUR:
            return (std + HOUR).replace(tzinfo=self)
        if end - HOUR <= std < end:
            return (std).replace(tzinfo=self, fold=1)
        return std.replace(tzinfo=self)
    def __repr__(self):
        return "Eastern()"

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off, self.name = timedelta(minutes=minutes), name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return ZERO
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "Fixed(%r)" % self.name

ET = Eastern()
for args in ((2023, 1, 15, 12), (2023, 3, 12, 1, 59), (2023, 3, 12, 3), (2023, 7, 4, 9, 30),
             (2023, 11, 5, 0, 59), (2023, 11, 5, 1, 30), (2023, 11, 5, 2, 0), (2023, 12, 31, 23, 59, 59, 999999)):
    for fold in (0, 1):
        dt = datetime(*args, tzinfo=ET, fold=fold)
        u = dt.astimezone(timezone.utc)
        print(repr(dt), dt.isoformat(), dt.tzname(), dt.utcoffset(), dt.dst(), u, u.astimezone(ET).isoformat(), u.astimezone(ET).fold)

# UTC instants through the Eastern zone: fromutc with its fold around the transitions
u = datetime(2023, 11, 5, 4, 0, tzinfo=timezone.utc)
for i in range(8):
    loc = u.astimezone(ET)
    print(u.time(), "->", loc.replace(tzinfo=None), loc.fold, loc.tzname(), loc.timestamp() == u.timestamp())
    u += timedelta(minutes=30)
u = datetime(2023, 3, 12, 6, 0, tzinfo=timezone.utc)
for i in range(5):
    print(u.time(), "->", u.astimezone(ET).isoformat())
    u += timedelta(minutes=30)

# equality/hash across zones, and PEP 495's exception for a repeated hour
a = datetime(2023, 11, 5, 1, 30, tzinfo=ET)
b = datetime(2023, 11, 5, 1, 30, tzinfo=ET, fold=1)
c = datetime(2023, 11, 5, 5, 30, tzinfo=timezone.utc)
print(a == b, a == c, b == c, a.utcoffset(), b.utcoffset(), b - a, c - a, a < c)
print(datetime(2023, 7, 1, 12, tzinfo=ET) == datetime(2023, 7, 1, 16, tzinfo=timezone.utc))
print(hash(datetime(2023, 7, 1, 12, tzinfo=ET)) == hash(datetime(2023, 7, 1, 16, tzinfo=timezone.utc)))
tokyo, kolkata = Fixed(540, "JST"), Fixed(330, "IST")
x = datetime(2024, 2, 29, 23, 45, tzinfo=tokyo)
print(x.astimezone(kolkata), x.astimezone(timezone.utc), x.astimezone(timezone(timedelta(hours=-10))), x.astimezone(tokyo) is x)
print(x - datetime(2024, 2, 29, 23, 45, tzinfo=kolkata), x.utctimetuple()[:6], x.timetuple()[:9])
print(x.timestamp(), datetime.fromtimestamp(x.timestamp(), tokyo), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromtimestamp(1700000000.5, timezone(timedelta(hours=5, minutes=45))), datetime.utcfromtimestamp(1700000000.25))
print(datetime.fromtimestamp(-1.5, timezone.utc), datetime.fromtimestamp(1e9 + 0.0000005, timezone.utc).microsecond)

# timezone
for tz in (timezone.utc, timezone.min, timezone.max, timezone(timedelta(hours=5, minutes=30)),
           timezone(-timedelta(hours=3), "BRT"), timezone(timedelta(seconds=1, microseconds=5)), timezone(timedelta(0), "Z0")):
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__())
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), "other"), timezone(HOUR) != timezone(-HOUR))
for bad in (lambda: timezone(5), lambda: timezone(HOUR, 5), lambda: timezone(timedelta(hours=24)), lambda: timezone(-timedelta(days=1)),
            lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: timezone.utc.fromutc(date(2020, 1, 1)),
            lambda: datetime(2020, 1, 1, tzinfo=5), lambda: time(tzinfo="x"), lambda: datetime(2020, 1, 1).astimezone(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# tzinfo subclasses that return bad values, and the abstract base
class Bad(tzinfo):
    def __init__(self, off=None, name=None):
        self.o, self.n = off, name
    def utcoffset(self, dt):
        return self.o
    def dst(self, dt):
        return self.o
    def tzname(self, dt):
        return self.n
for off, name in ((timedelta(hours=24), None), (-timedelta(hours=24, microseconds=1), None), ("1", None), (5, 5)):
    t = datetime(2020, 1, 1, tzinfo=Bad(off, name))
    for f in (t.utcoffset, t.dst, t.tzname, t.isoformat):
        try:
            print(f())
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
print(datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(), time(1, tzinfo=Bad(HOUR, "one")).isoformat(), time(1, tzinfo=Bad(HOUR, "one")).tzname())
base = tzinfo()
for f in (base.utcoffset, base.dst, base.tzname):
    try:
        f(None)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
for bad in (lambda: base.fromutc(datetime(2020, 1, 1)), lambda: base.fromutc(5),
            lambda: Bad().fromutc(datetime(2020, 1, 1, tzinfo=Bad())), lambda: (lambda z: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))(Bad())):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# isoformat and fromisoformat round trips, incl. 3.11's forms
dt = datetime(2021, 3, 4, 5, 6, 7, 89000, tzinfo=timezone(timedelta(hours=-7, minutes=-30)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(dt.isoformat(timespec=spec), dt.isoformat(" ", spec), dt.timetz().isoformat(spec), time(1, 2, 3, 4).isoformat(spec))
print(datetime(2021, 3, 4).isoformat(), datetime(2021, 3, 4, 0, 0, 0, 1).isoformat(sep="x"), str(dt), str(dt.time()), str(dt.timetz()))
for s in ("2021-03-04", "20210304", "2021-W09", "2021W09", "2021-W09-4", "2021W094", "2020-W53-7", "0001-01-01", "9999-12-31"):
    print(s, date.fromisoformat(s), datetime.fromisoformat(s))
for s in ("2021-03-04T05:06:07", "2021-03-04 05:06", "2021-03-04T05", "20210304T050607", "2021-03-04T050607.5",
          "2021-03-04T05:06:07.123456789", "2021-03-04T05:06:07,25", "2021-03-04T05:06:07Z", "2021-03-04T05:06:07+00:00",
          "2021-03-04T05:06:07-0330", "2021-03-04T05:06:07+05:30:15.5", "2021-W09-4T12:00+01", "2021W094T1200", "2021-03-04x05:06",
          "2021-03-04\u00e905:06", "2021-03-04T23:59:59.999999-23:59"):
    d = datetime.fromisoformat(s)
    print(s, repr(d), d == datetime.fromisoformat(d.isoformat()))
for s in ("05:06:07", "T05:06", "0506", "05:06:07.5+02:00", "05Z", "23:59:59.999999999", "050607-0100", "12:00:00,001"):
    t = time.fromisoformat(s)
    print(s, repr(t), t == time.fromisoformat(t.isoformat()))
for s in ("2021-3-4", "2021-03-04T", "2021-03-04T5", "2021-03-04T05:6", "2021-W54", "2021-W09-8", "2021-03-04T05:06:07+", "2021-03-04T05:06:07Zx",
          "2021-03-04T05:06:07.", "2021-03-04T05:06:07+1", "", "2021-0304", "202103-04", "2021-03-04T05:06:07.12a", "2021-03-04T25:00",
          "2021-02-30", "2021-13-01", "2021-03-04T05:06:07+24:00", "24:00", "1:00"):
    for f in (date.fromisoformat, datetime.fromisoformat, time.fromisoformat):
        try:
            r = f(s)
            print(f.__qualname__, s, "->", repr(r))
        except ValueError as e:
            print(f.__qualname__, "ValueError:", e)
for bad in (lambda: date.fromisoformat(20210304), lambda: datetime.fromisoformat(None), lambda: dt.isoformat(timespec="days"),
            lambda: dt.isoformat(sep="ab"), lambda: dt.isoformat(sep=1), lambda: time().isoformat("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# strftime with %z, %Z, %f and __format__
for obj in (dt, datetime(2020, 1, 2, 3, 4, 5, 6), date(2020, 1, 2), time(23, 59, 1, 5, tzinfo=timezone(timedelta(seconds=-3661, microseconds=-7))),
            datetime(2020, 6, 1, tzinfo=ET), datetime(2020, 6, 1, tzinfo=Fixed(0, "100%")), time(4, 5)):
    print(obj.strftime("%Y-%m-%d %H:%M:%S.%f %z|%Z|%%|%a %b %j %U %w %y %p"), format(obj, "%H|%f|%z"), "{:%d/%m}".format(obj), format(obj, ""))
print(date(2002, 3, 11).ctime(), datetime(2002, 3, 11, 9, 8, 7).ctime(), date(1, 1, 1).ctime(), datetime.max.ctime())
for bad in (lambda: dt.strftime(5), lambda: format(dt, 5), lambda: date.today().strftime()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
