# Conversions between int and float: truncation, exactness, large values, comparisons.

for v in [0.9, -0.9, 1.9999999999999998, 2.5, -2.5, 1e15 + 0.3, 1e16, 1e20, -1e20, 1.5e300,
          2.0**63, 2.0**64, -(2.0**63), 9007199254740993.0, 123456789.987654321]:
    print(repr(v), int(v))

# float(int) rounds half to even at 53 bits
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**63 - 1, 2**64 + 1,
          10**22, 10**23, 3**50, -(3**50), 2**1023, 2**1024 - 2**970 - 1, 2**1024 - 2**970]:
    try:
        print(n, repr(float(n)))
    except OverflowError as e:
        print(n, type(e).__name__, e)

# Exact int/float comparisons do not round the int
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big))
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 == float("inf"), 10**400 < float("inf"))
print(2**1024 > 1.7976931348623157e308, 0 == -0.0, 1 == 1.0000000000000002)
print(9007199254740993 == 9007199254740992.0, 9007199254740992 == 9007199254740992.0)
print(3 < 3.5 < 4, -3 > -3.5, 1e16 + 1 == 10**16, 10**16 + 1 > 1e16)

# Equal values of different types compare equal and are interchangeable as dict keys
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {}
d2[2.0] = "a"
d2[2] = "b"
print(d2, list(d2)[0].__class__.__name__)

# int and float from strings for big numbers
print(int("1" * 30), float("1" * 30), int(float("1" * 30)))
print(float(123456789012345678901234567890), int(1.2345678901234568e+29))
print((10**17 + 1) / 1, 10**17 + 1.0, 2**60 + 0.5)
