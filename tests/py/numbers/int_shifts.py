# Left and right shifts on ints, including negative values and huge shift counts.

for v in (1, 5, -5, -1, 0, 2**64, -(2**64), 123456789):
    for s in (0, 1, 3, 31, 32, 63, 64, 65, 100):
        print(f"{v} << {s} = {v << s}")
    for s in (0, 1, 3, 31, 64, 65, 200):
        print(f"{v} >> {s} = {v >> s}")

# Right shift of negatives rounds toward negative infinity, like floor division.
for v in range(-9, 10):
    assert v >> 1 == v // 2 and v >> 3 == v // 8
print("right shift matches floor division")

# Huge shift counts
print("1 >> 10**20 =", 1 >> 10**20)
print("-1 >> 10**20 =", -1 >> 10**20)
print("0 << 10**20 =", 0 << 10**20)
print("(1 << 1000).bit_length() =", (1 << 1000).bit_length())

for expr in ("1 << -1", "1 >> -1", "1 << 1.0", "1.0 << 1", "0 >> -5", "1 << 10**100"):
    try:
        r = eval(expr)
        print(expr, "=", r)
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)

print(True << 3, False >> 1, 1 << True)
x = 3
x <<= 4
print("<<=", x)
x >>= 2
print(">>=", x)
