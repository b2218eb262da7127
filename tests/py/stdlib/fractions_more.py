from fractions import Fraction as F
from decimal import Decimal
import math

print(F(3, 4), F(-6, 8), F("1.25"), F("-3/7"), F(" 10/4 "), F(0.1), F(Decimal("2.5")), F(2, -4))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 2)
print(F(1, 2) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2), F(-8, 27) ** -1, divmod(F(7, 3), F(1, 2)))
print(F(1, 3) + 0.5, 0.25 + F(1, 4), F(1, 2) + 1j, F(1, 2) == 0.5, F(1, 3) < 0.34, F(5, 2) > 2)
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3), math.floor(F(-7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)))
print(float(F(1, 3)), int(F(-9, 2)), F(3, 4).numerator, F(3, 4).denominator, F(6, 4).as_integer_ratio())
print(F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(2), F(3.14159).limit_denominator(100))
print(F.from_float(0.5), F.from_decimal(Decimal("0.125")), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(repr(F(1, 3)), str(F(4, 2)), format(F(1, 3), "") if False else "", bool(F(0)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(2, 3), F(3, 5)), sum([F(1, n) for n in range(1, 6)]))
print(F(10 ** 30, 3 ** 40), F(1, 10 ** 20) * 10 ** 20)
for bad in ["1/0", "abc", "1.2/3", "", "1 / 2"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    F(math.nan)
except ValueError as e:
    print("ValueError", e)
try:
    F(1, 2) + "x"
except TypeError as e:
    print("TypeError", e)
class MyF(F):
    pass
print(type(MyF(1, 2) + 1).__name__, MyF(3, 6))
