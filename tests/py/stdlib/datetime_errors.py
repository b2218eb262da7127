# datetime: CPython's C _datetime error messages and reprs (pure datetime.py words some differently)
from datetime import date, time, datetime, timedelta, timezone
for args in ((2023, 2, 29), (2023, 13, 1), (0, 1, 1), (10000, 1, 1)):
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in ((24, 0), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)):
    try:
        time(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(2024, 1, 1, tzinfo=timezone.utc) < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print("OverflowError:", e)
try:
    date.fromisoformat("2020-1-1")
except ValueError as e:
    print("ValueError:", e)
class MyDate(date):
    pass
class MyDT(datetime):
    pass
print(repr(MyDate(2022, 2, 2)), repr(MyDT(2022, 2, 2, 1)), repr(date(2020, 1, 1).isocalendar()))
print(repr(timedelta(days=1, seconds=2)), repr(timezone(timedelta(hours=1))), repr(time(1, tzinfo=timezone.utc)))
