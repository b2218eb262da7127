import time

t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(tuple(time.gmtime(0)), time.gmtime(-86400 * 366)[:6], time.gmtime(2 ** 31)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %y %w %U %W %%", t))
print(time.strftime("%c|%x|%X|%I|%e|%D|%T|%R|%n|%t|%C|%g|%G|%V|%u|%h", t))
print(time.asctime(t), time.asctime((2024, 2, 29, 23, 59, 60, 3, 60, 0)))
print(time.strptime("2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mon Jan  1 00:00:00 2024"))
print(time.strptime("15 Mar 99 pm 3", "%d %b %y %p %I")[:6], time.strptime("2023 100", "%Y %j")[:3])
print(time.calendar_timegm if hasattr(time, "calendar_timegm") else "", time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st[0:3], len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
a, b = time.time(), time.time()
print(a <= b, type(time.time_ns()), time.monotonic() <= time.monotonic(), time.perf_counter_ns() > 0)
print(time.process_time() >= 0, isinstance(time.thread_time(), float), time.get_clock_info("monotonic").monotonic)
time.sleep(0)
time.sleep(0.001)
for bad in [lambda: time.strptime("2024-13-01", "%Y-%m-%d"), lambda: time.strptime("x", "%Y"),
            lambda: time.sleep(-1), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (1, 2)),
            lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
