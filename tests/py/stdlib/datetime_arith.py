# datetime: arithmetic over the whole range, timedelta normalization and rounding, ordinals,
# ISO calendars, comparisons and hash equalities (native _datetime vs CPython's C module)
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(date.resolution), repr(datetime.resolution), repr(time.min), repr(time.max))

# ordinals: round trips at the edges and across leap rules
for o in (1, 2, 59, 60, 365, 366, 730119, 730120, 146097, 146098, 693594, 693595, 738000, 3652058, 3652059):
    d = date.fromordinal(o)
    print(o, d, d.toordinal() == o, d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
for y in (1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2100, 2400, 9999):
    feb_end = date(y, 3, 1) - timedelta(days=1)
    print(y, feb_end, date(y, 12, 31).timetuple().tm_yday, date(y, 1, 1).isocalendar())

# every 97th day over 28 years: ordinal, isocalendar and fromisocalendar agree
ok = 0
d = date(1999, 12, 20)
for i in range(110):
    d += timedelta(days=97)
    y, w, wd = d.isocalendar()
    if date.fromisocalendar(y, w, wd) == d and date.fromordinal(d.toordinal()) == d:
        ok += 1
print("iso round trips", ok, d)

# date arithmetic
d = date(2000, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d, d - timedelta(days=59))
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1), d - date(1999, 2, 28))
print(date.max - date.min, date.min + (date.max - date.min))
for bad in (lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1),
            lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
            lambda: date(2000, 1, 1) + timedelta.max):
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)

# datetime arithmetic
dt = datetime(1999, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=365, microseconds=999999))
print(dt - datetime(1970, 1, 1), datetime(1970, 1, 1) - dt, (dt - datetime.min).total_seconds())
print(datetime.max - datetime.min, repr(datetime.max - datetime.min))
step = timedelta(days=1234, hours=5, minutes=6, seconds=7, microseconds=89)
x = datetime(1, 1, 1)
n = 0
while True:
    try:
        x += step
    except OverflowError as e:
        print("stop:", e)
        break
    n += 1
print("steps", n, x, repr(x))
print(datetime(2020, 2, 29) + timedelta(days=365), datetime(2020, 2, 29, 12) - timedelta(hours=36))

# timedelta construction, normalization and rounding
for td in (timedelta(1, 2, 3), timedelta(days=-1), timedelta(seconds=-1), timedelta(microseconds=-1),
           timedelta(weeks=1, days=-7), timedelta(hours=-25), timedelta(milliseconds=1.5),
           timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5),
           timedelta(microseconds=-1.5), timedelta(seconds=0.1), timedelta(days=0.1, hours=0.1),
           timedelta(minutes=1.5, seconds=-30), timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
           timedelta(seconds=1e-7), timedelta(seconds=5e-7), timedelta(days=1/3), timedelta(weeks=-0.25)):
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

# timedelta operators
a, b = timedelta(days=3, hours=4), timedelta(hours=5, microseconds=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * -1.5, 0.25 * a)
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b), a / 7, a // 7, a / 2.5, -a // 7)
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)
print(a == timedelta(hours=76), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != "x")
print(sorted([a, b, -a, timedelta(0), timedelta.max, timedelta.min]))
print(timedelta(hours=1).total_seconds(), timedelta(days=10**6, microseconds=1).total_seconds())
for bad in (lambda: a * "x", lambda: a + 1, lambda: 1 - a, lambda: a / "x", lambda: a < 3, lambda: 2 / a):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: a / 0, lambda: a // 0, lambda: a % timedelta(0), lambda: a / timedelta(0), lambda: a / 0.0,
            lambda: a // timedelta(0), lambda: divmod(a, timedelta(0))):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for bad in (lambda: timedelta(days=10**9), lambda: timedelta(days=-10**9), lambda: timedelta.max + timedelta(microseconds=1),
            lambda: timedelta.min - timedelta(microseconds=1), lambda: timedelta.max * 2, lambda: timedelta(days=1e10),
            lambda: timedelta(seconds=float("inf")), lambda: timedelta(hours=float("nan")), lambda: timedelta(days="1"),
            lambda: timedelta(minutes=None)):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# comparisons: date vs datetime, naive vs aware, other types
d, dt = date(2020, 5, 5), datetime(2020, 5, 5)
print(d == dt, dt == d, d != dt, d.__eq__(dt), dt.__eq__(d), d == "2020-05-05", d < date(2020, 5, 6), dt > datetime(2020, 5, 4, 23))
for bad in (lambda: d < dt, lambda: dt > d, lambda: d < 1, lambda: dt <= "x", lambda: time() < dt):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
aware = datetime(2020, 5, 5, tzinfo=timezone.utc)
print(aware == dt, aware != dt, aware == datetime(2020, 5, 5, 2, tzinfo=timezone(timedelta(hours=2))))
print(aware < datetime(2020, 5, 5, 2, 1, tzinfo=timezone(timedelta(hours=2))))
try:
    aware - dt
except TypeError as e:
    print("TypeError:", e)
print(sorted([date(2020, 1, 2), date(1, 1, 1), date(9999, 12, 31), date(2020, 1, 1)]))

# hashing: equal values hash equal (aware across offsets, timezone by offset, timedelta by value)
t1 = datetime(2021, 6, 1, 12, tzinfo=timezone.utc)
t2 = datetime(2021, 6, 1, 14, tzinfo=timezone(timedelta(hours=2), "X"))
t3 = datetime(2021, 6, 1, 7, 30, tzinfo=timezone(-timedelta(hours=4, minutes=30)))
print(t1 == t2 == t3, hash(t1) == hash(t2) == hash(t3), len({t1, t2, t3}))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta()))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(minutes=60), "n")), timezone.utc == timezone(timedelta(0)))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print(hash(time(5, tzinfo=timezone.utc)) == hash(time(6, tzinfo=timezone(timedelta(hours=1)))), time(5, tzinfo=timezone.utc) == time(6, tzinfo=timezone(timedelta(hours=1))))
print(len({date(2020, 1, 1), date(2020, 1, 1), datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0)}))
counts = {}
for i in range(200):
    k = date(2000, 1, 1) + timedelta(days=i % 50)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), set(counts.values()))
