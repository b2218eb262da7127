# round() for floats: ties-to-even, decimal representation matters, ndigits variations.

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001, 1e16, 2.675, 1.005,
          0.125, 0.375, -0.125, 1234.5678, 2.5e-5, 1e300]:
    r0 = round(v)
    print(repr(v), "->", r0, type(r0).__name__, round(v, 0), round(v, 1), round(v, 2), round(v, 3),
          round(v, -1), round(v, -2))

print(round(2.675, 2), round(0.285, 2), round(0.295, 2), round(1.25, 1), round(1.35, 1), round(-1.25, 1))
print(round(123456.789, -3), round(-123456.789, -3), round(5e-324, 400), round(1.5, 400), round(1e300, -400))
print(round(0.1, 17), round(0.1, 20), round(1 / 3, 5), round(2 / 3, 10), round(1.0, None))
print(type(round(1.5, None)).__name__, type(round(1.5, 0)).__name__)
print(round(1e20), round(-1e20), round(2.0**70), round(123.5), round(124.5))

try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)

# Rounding many values and checking against integer arithmetic
for n in range(-10, 11):
    v = n + 0.5
    print(v, round(v), end="; ")
print()
