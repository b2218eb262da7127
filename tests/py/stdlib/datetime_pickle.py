# datetime: pickle/copy round trips (CPython's byte states), subclasses (constructors, __new__
# overrides, reprs, what arithmetic and alternate constructors return), replace, and the
# constructors' error messages
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, minutes=0, name="F"):
        self.off, self.name = timedelta(minutes=minutes), name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return None
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "Fixed(%d, %r)" % (self.off // timedelta(minutes=1), self.name)

values = [date(1, 1, 1), date(2024, 2, 29), date.max, datetime(2020, 5, 17, 13, 14, 15, 161718),
          datetime(2020, 11, 1, 1, 30, fold=1), datetime.min, datetime.max, time(), time(23, 59, 59, 999999),
          time(1, 2, 3, 4, fold=1), time(12, tzinfo=timezone.utc), timedelta(), timedelta(-1, 5, 6),
          timedelta.max, timedelta.min, timezone.utc, timezone(timedelta(hours=-3), "BRT"), timezone.min,
          datetime(2021, 1, 1, tzinfo=timezone(timedelta(minutes=90))), datetime(2021, 1, 1, tzinfo=Fixed(-150, "X")),
          time(4, 5, tzinfo=Fixed(60, "Y")), Fixed(30, "Z")]
for v in values:
    same = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        w = pickle.loads(pickle.dumps(v, proto))
        same.append(type(w) is type(v) and repr(w) == repr(v) and getattr(w, "fold", 0) == getattr(v, "fold", 0))
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(v), all(same), repr(c) == repr(v), repr(dc) == repr(v), getattr(dc, "fold", None))
for v in (date(2024, 2, 29), datetime(2020, 11, 1, 1, 30, 5, 7, fold=1), time(1, 2, 3, 4, fold=1), timedelta(-1, 5, 6),
          timezone(timedelta(hours=-3), "BRT"), datetime(2021, 1, 1, tzinfo=timezone.utc)):
    print(v.__reduce__(), v.__reduce_ex__(2), v.__reduce_ex__(4))
print(pickle.loads(pickle.dumps(date(2019, 1, 1).isocalendar())), type(pickle.loads(pickle.dumps(date(2019, 1, 1).isocalendar()))).__name__)
print(date(b"\x07\xe4\x02\x1d"), datetime(b"\x07\xe4\x82\x1d\x01\x02\x03\x00\x00\x04"), datetime(b"\x07\xe4\x82\x1d\x01\x02\x03\x00\x00\x04").fold)
print(repr(time(b"\x81\x02\x03\x00\x01\x00")), repr(datetime(b"\x07\xe4\x02\x1d\x01\x02\x03\x00\x00\x04", timezone.utc)))
try:
    datetime(b"\x07\xe4\x02\x1d\x01\x02\x03\x00\x00\x04", 5)
except TypeError as e:
    print("TypeError:", e)

# subclasses
class MyDate(date):
    def __new__(cls, y, m, d, tag="-"):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
    def ymd(self):
        return (self.year, self.month, self.day)

class MyDT(datetime):
    extra = "x"

class MyTime(time):
    pass

class MyDelta(timedelta):
    def half(self):
        return self / 2

md = MyDate(2020, 2, 28, "a")
print(repr(md), md.tag, md.ymd(), str(md), md.isoformat(), isinstance(md, date), type(md).__name__, type(md).__qualname__)
n = md + timedelta(days=1)
print(repr(n), type(n).__name__, n.tag, repr(md - timedelta(days=365)), type(md - date(2020, 1, 1)).__name__)
print(repr(MyDate.fromordinal(737000)), repr(MyDate.fromisoformat("2020-01-02")), repr(MyDate.fromisocalendar(2020, 1, 1)))
print(repr(md.replace(day=1)), type(md.replace(day=1)).__name__, md == date(2020, 2, 28), hash(md) == hash(date(2020, 2, 28)))
mdt = MyDT(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
print(repr(mdt), mdt.extra, repr(mdt + timedelta(hours=1)), repr(mdt - timedelta(days=1)), repr(mdt - mdt))
print(repr(MyDT.combine(date(2020, 1, 1), time(5, fold=1))), repr(MyDT.fromisoformat("2020-01-01T05:06:07+01:00")))
print(repr(MyDT.fromtimestamp(0, timezone.utc)), repr(MyDT.utcfromtimestamp(86400.5)), repr(MyDT.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M")))
print(repr(mdt.astimezone(timezone(timedelta(hours=2)))), repr(mdt.replace(year=1999)), repr(mdt.date()), repr(mdt.timetz()))
print(repr(MyTime(1, 2, 3)), repr(MyTime(1, 2, 3).replace(hour=5)), repr(MyTime.fromisoformat("01:02:03.5")), str(MyTime(9)))
d2 = MyDelta(days=1, hours=12)
print(repr(d2), repr(d2.half()), type(d2 + d2).__name__, repr(-d2), repr(d2 * 2), d2.total_seconds(), str(d2))
try:
    pickle.loads(pickle.dumps(md))
except TypeError as e:
    print("TypeError:", e)
for v in (mdt, MyTime(1, 2), d2):
    w = pickle.loads(pickle.dumps(v))
    print(type(w).__name__, repr(w) == repr(v), getattr(w, "tag", None))

class Weird(date):
    def __new__(cls, *args):
        if len(args) == 1 and isinstance(args[0], str):
            y, m, d = map(int, args[0].split("/"))
            return super().__new__(cls, y, m, d)
        return super().__new__(cls, *args)
print(repr(Weird("2021/7/8")), repr(Weird(2021, 7, 8) + timedelta(days=30)), repr(pickle.loads(pickle.dumps(Weird("2021/7/8")))))

class Sub(datetime):
    def __str__(self):
        return "Sub!"
    def isoformat(self, sep="T", timespec="auto"):
        return "iso:" + super().isoformat(sep, timespec)
s = Sub(2020, 1, 1)
print(str(s), format(s, ""), format(s, "%Y"), repr(s), s.isoformat())

# replace
dt = datetime(2020, 1, 31, 12, 30, tzinfo=timezone.utc)
print(dt.replace(tzinfo=None), dt.replace(month=2, day=29), dt.replace(fold=1).fold, repr(dt.replace(microsecond=5)))
print(time(5).replace(minute=6, tzinfo=timezone.utc), date(2020, 1, 31).replace(year=2021, month=3))
for bad in (lambda: dt.replace(month=2), lambda: dt.replace(hour=24), lambda: dt.replace(tzinfo=1), lambda: dt.replace(fold=2),
            lambda: time().replace(second=60), lambda: date.today().replace(day=0), lambda: dt.replace(2020, 1, 1, 1, 1, 1, 1, None, 1),
            lambda: dt.replace(bogus=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# constructors' errors
for args, kw in (((2020, 2, 30), {}), ((2020, 0, 1), {}), ((-1, 1, 1), {}), ((2020, 1, 1.5), {}), (("2020", 1, 1), {}),
                 ((2020, 1), {}), ((2**31, 1, 1), {}), ((-2**31 - 1, 1, 1), {}), ((2**64, 1, 1), {}), ((2020, 1, 1), {"x": 1}),
                 ((2020, 1, 1, 2), {})):
    try:
        date(*args, **kw)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for args, kw in (((2020, 1, 1, 24), {}), ((2020, 1, 1, 0, -1), {}), ((2020, 1, 1, 0, 0, 60), {}), ((2020, 1, 1, 0, 0, 0, -1), {}),
                 ((2020, 1, 1), {"fold": 2}), ((2020, 1, 1), {"tzinfo": 1}), ((2020, 1, 1, 0, 0, 0, 0, None, 1), {}),
                 ((2020, 1, 1), {"hour": 1.0}), ((), {})):
    try:
        datetime(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args, kw in (((24,), {}), ((0, 0, 0, 1000000), {}), ((), {"fold": -1}), ((), {"tzinfo": "utc"}), ((1, 2, 3, 4, None, 1), {})):
    try:
        time(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for f, a in ((date.fromordinal, (0,)), (date.fromordinal, (3652060,)), (date.fromisocalendar, (2020, 54, 1)),
             (date.fromisocalendar, (2020, 1, 8)), (date.fromisocalendar, (10000, 1, 1)), (date.fromisocalendar, (2020, 2**40, 1)),
             (datetime.combine, (1, time())), (datetime.combine, (date.today(), 1)), (date.fromtimestamp, ("x",)),
             (datetime.fromtimestamp, (float("nan"),)), (time().utcoffset, (1,)), (date.today().weekday, (1,))):
    try:
        print(f(*a))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None))
print(time(1, 2, 3).utcoffset(), time(1).dst(), time(1).tzname(), datetime(2020, 1, 1).tzname(), date(2020, 1, 1).timetuple())
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=Fixed()).timetuple().tm_isdst)
