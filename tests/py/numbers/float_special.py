# inf and nan: arithmetic, comparisons, containment, conversions.

inf = float("inf")
nan = float("nan")
ninf = -inf

print(inf, ninf, nan, -nan, repr(inf), str(nan))
print(inf == inf, inf > 1e308, ninf < -1e308, inf == -ninf, inf > 10**400, ninf < -(10**400))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan, nan == 0)
print(inf + 1 == inf, inf - inf != inf - inf, inf * -1, inf / 2, 1 / inf, -1 / inf)
print(inf * inf, inf + ninf, inf * 0.0, 0.0 * ninf)

# identity shortcut in containers: a nan compares equal to itself inside container comparisons
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst == [nan], [float("nan")] == [float("nan")])
print((nan,) == (nan,), {nan: 1}.get(nan), lst.count(nan), lst.index(nan))
print(float("nan") in [float("nan")])

# min/max with nan depend on argument order
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(sorted([3.0, 1.0, 2.0]), max([inf, 1e308]), min([ninf, -1e308]))

# Truthiness
print(bool(nan), bool(inf), bool(0.0), bool(-0.0), bool(5e-324))

# Conversions
for v in (inf, ninf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print("int:", type(e).__name__, e)
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print("round:", type(e).__name__, e)
    print("round(v, 2):", round(v, 2))
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print("as_integer_ratio:", type(e).__name__, e)
    print("is_integer:", v.is_integer(), "hex:", v.hex())

# Overflow in float operations
for expr in ("1e308 * 10", "2.0 ** 1024", "10.0 ** 400", "1e200 ** 2", "(-1e200) ** 3",
             "float(2**1024)", "2**1024 / 1", "2**1024 * 1.0", "1.5 ** 5000", "pow(10.0, 400)"):
    try:
        print(expr, "=", eval(expr))
    except OverflowError as e:
        print(expr, "->", type(e).__name__, e)

# Signed zeros
z = 0.0
nz = -0.0
print(z == nz, repr(nz), repr(z * -1), repr(nz + nz), repr(nz - z), repr(abs(nz)), repr(-z))
print(repr(1 / inf), repr(-1 / inf), repr(nz * nz), repr(round(-0.4)), repr(round(-0.4, 1)))
print(repr(float("-0")), repr(-0.0 // 1), repr(-0.5 // 1), repr(0.5 // -1))
print(repr(nz.as_integer_ratio()), repr(nz.hex()), repr(nz.is_integer()), repr(int(nz)))
print(repr(max(0.0, -0.0)), repr(max(-0.0, 0.0)), repr(min(0.0, -0.0)), repr(min(-0.0, 0.0)))
print(hash(inf), hash(ninf), hash(0.0) == hash(-0.0))
