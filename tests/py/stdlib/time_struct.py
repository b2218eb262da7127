# time: struct_time, gmtime, strftime, asctime, calendar arithmetic on fixed timestamps.
import time

stamps = [0, 1, -1, 86399, 86400, 951782400, 951868800, 1e9, -1e9, 1.99, -1.5, 1234567890,
          1700000000, 2147483647, 2147483648, 4102444800, 253402300799, -62135596800, -2208988800]
for ts in stamps:
    t = time.gmtime(ts)
    print(ts, tuple(t), t.tm_zone, t.tm_gmtoff)
    print("   ", time.asctime(t), "|", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u", t))
    print("   ", time.strftime("%c|%x|%X|%D|%e|%y|%C|%G-%V|%g|%I%p|%l|%k|%R|%T|%F|%r|%h|%Z|%z|%%", t))

t = time.gmtime(1e9)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), list(t) == list(tuple(t)))
y, mo, *rest = t
print(y, mo, rest)
print(type(t).__name__, type(t).__module__, type(t).n_fields, type(t).n_sequence_fields, type(t).n_unnamed_fields)
print(t == time.gmtime(1e9), t == tuple(t), hash(t) == hash(tuple(t)), t < time.gmtime(2e9))
print(isinstance(t, tuple), t.count(0), t.index(2001))
print(t.__reduce__())
match t:
    case time.struct_time(tm_year=2001, tm_mon=m):
        print("matched month", m)

made = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(made, made.tm_zone, made.tm_gmtoff)
made2 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, "XYZ", 3600))
print(made2.tm_zone, made2.tm_gmtoff, made2 == made)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    made.tm_year = 1
except AttributeError:
    print("readonly")
except Exception as e:
    print("assigned?", type(e).__name__)

# strftime on plain tuples and range checks.
print(time.strftime("%Y/%m/%d", (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.strftime("%Y %m %d %j", (1999, 0, 0, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime("", t)), repr(time.strftime("plain text", t)), repr(time.strftime("%", t)))
print(time.strftime("%E %O %Q %q", t))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -1, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(1, 2), "x", [2000, 1, 1, 0, 0, 0, 0, 1, 0]]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
print(time.asctime((2020, 5, 17, 8, 5, 9, 6, 138, 0)))
try:
    time.asctime((2020, 0, 17, 8, 5, 9, 6, 138, 0))
except ValueError as e:
    print("asctime:", e)
try:
    time.gmtime(1e20)
except OverflowError as e:
    print("OverflowError:", e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime("0")
except TypeError as e:
    print("TypeError:", e)

# ISO weeks around year boundaries.
for year in range(1998, 2013):
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        secs = (time.struct_time((year,) + md + (0, 0, 0, 0, 0, 0)))
        ts = 86400 * (sum(366 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 365 for y in range(1970, year))
                      + [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][md[0] - 1] + md[1] - 1
                      + (1 if md[0] > 2 and ((year % 4 == 0 and year % 100 != 0) or year % 400 == 0) else 0))
        g = time.gmtime(ts)
        print(year, md, time.strftime("%G-W%V-%u %U %W %j %a", g))

# Clocks: only types and monotonicity.
a, b = time.monotonic(), time.monotonic()
print(type(time.time()).__name__, type(time.time_ns()).__name__, b >= a, time.perf_counter() >= 0)
print(type(time.monotonic_ns()).__name__, type(time.process_time()).__name__, time.time() > 1.6e9)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.resolution).__name__, type(info.implementation).__name__)
try:
    time.get_clock_info("bogus")
except ValueError as e:
    print("ValueError:", e)
print(time.sleep(0), type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
lt = time.localtime(1e9)
print(type(lt).__name__, time.mktime(lt), time.mktime(time.localtime(0)), type(time.ctime()).__name__)
print(time.localtime(1e9)[:6] == time.gmtime(1e9 + lt.tm_gmtoff)[:6], lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1)
