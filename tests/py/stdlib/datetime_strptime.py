# datetime: strptime/strftime round trips and directives (needs _strptime: locale, re)
from datetime import datetime, date, time
print(datetime.strptime("2023-07-04 10:30", "%Y-%m-%d %H:%M"), datetime.strptime("31/Jan/2020", "%d/%b/%Y").date())
for s, f in [("2020-02-29T23:59:59", "%Y-%m-%dT%H:%M:%S"), ("1999 365", "%Y %j"), ("03:04 PM", "%I:%M %p"),
             ("Monday 5 June 2023", "%A %d %B %Y"), ("20210102030405.123456", "%Y%m%d%H%M%S.%f"), ("+0530 2000", "%z %Y")]:
    v = datetime.strptime(s, f)
    print(repr(v), v.strftime(f))
try:
    datetime.strptime("2020-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2020", "%Y extra")
except ValueError as e:
    print("ValueError:", e)
print(time.fromisoformat("10:11:12").strftime("%H-%M-%S"), date(2024, 1, 1).strftime("%U %W %y %C" if False else "%U %W %y"))
