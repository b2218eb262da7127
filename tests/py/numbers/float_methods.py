# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real, imag.

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.5, -2.75, 3.0, 1e16, 1e300, 5e-324, 2.0**-1022,
          1.7976931348623157e308, 123.456, 1 / 3]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())

for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x0.0000000000001p-1022",
          "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "1p4", "0x10", "0xA.8", "  0x1p3  ", "inf",
          "-Infinity", "nan", "0x1.0000000000000800p0", "0x1.0000000000000801p0", "0x1.0000000000001800p0",
          "0x.8p1", "0x1.p1", "0x1p", "0x", "1.5", "0x1g", "", "0x1p+1_0", "0x1p1024", "-0x0p0"]:
    try:
        r = float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(f"fromhex({s!r}) -> {type(e).__name__}: {e}")
    else:
        print(f"fromhex({s!r}) -> {r!r}")

# hex round-trips
ok = True
x = 0.1
for i in range(500):
    if float.fromhex(x.hex()) != x:
        ok = False
    x = x * -1.7 + 0.3
print("hex round trip:", ok)

# as_integer_ratio round trip through exact division
for v in (0.1, 0.3, 2.5, 1e-10, 1e22):
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v, d & (d - 1) == 0)

class MyFloat(float):
    pass
print(type(MyFloat.fromhex("0x1p1")).__name__, MyFloat.fromhex("0x1p1"))
print(float.is_integer(2.0), float.hex(0.5), float.__name__)
try:
    float.hex(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.fromhex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
