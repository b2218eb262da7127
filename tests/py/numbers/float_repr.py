# repr() and str() of floats use the shortest round-tripping representation.

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3, 1.5, 100.0,
          1e15, 1e16, 1e17, 1.5e16, 9007199254740992.0, 9007199254740993.0, 123456789012345678.0,
          1e-4, 1e-5, 0.0001, 0.00001, 0.00012345, 1.2345e-5, 1e22, 1e23, 1e100, 1e-100,
          1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 4.9e-324, 3.14159, 2.718281828459045,
          1e308 * 10, -1e308 * 10, 123.456, 0.5, 0.25, 0.125, 1 / 1024, 1e-7, 12345678.9,
          1234567890123456.7, 0.1 * 3, 1.1 * 1.1, 100.0 / 3, 2.0**0.5, 2.0**60, 2.0**70, -2.5e-8,
          float("nan"), float("-nan"), float("inf"), float("-inf")]
for v in values:
    print(repr(v), str(v))

# Values whose repr switches between fixed and exponential notation
for e in range(-7, 20):
    v = 10.0 ** e
    print(e, repr(v), repr(v * 1.5), repr(-v * 1.25))

# Round-trips
ok = True
x = 0.1
for i in range(1000):
    if float(repr(x)) != x:
        ok = False
    x = x * 1.37 + 0.013
print("round trip ok:", ok)
print(str(1.0), str(-0.0), repr(3.0 * 0.1), 0.1 + 0.7, 0.7 + 0.1, 4.35 * 100)
print([0.1, 0.2, 1e16], (1e-5,), {1.5: 2.5})
