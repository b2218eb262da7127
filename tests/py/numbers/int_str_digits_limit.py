# CPython 3.11 limits int<->str conversion for very long decimal strings (4300 digits).
import sys

print(sys.get_int_max_str_digits())
s = "7" * 4300
n = int(s)
print(len(str(n)), str(n)[:10], str(n)[-5:])

try:
    int("8" * 4301)
except ValueError as e:
    print(type(e).__name__, e)

big = 10**4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)

# Power-of-two bases are not limited
h = hex(big)
print(len(h), h[:12])
print(int(h, 16) == big)
b = bin(1 << 20000)
print(len(b))
print(len(str(10**4299)))

sys.set_int_max_str_digits(0)
print(len(str(big)))
print(int("9" * 5000) % 1000)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
print(len(str(10**4999)))
try:
    str(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    int("1" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int("1" * 640))))
sys.set_int_max_str_digits(4300)
for k in (1, 10, 100, 1000, 4299, 4300):
    print(k, len(str(10**k - 1)))
for k in (4300, 4301, 5000):
    try:
        print(k, len(str(10**k)))
    except ValueError as e:
        print(k, type(e).__name__)
