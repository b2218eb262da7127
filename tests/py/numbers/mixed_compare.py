# Comparisons across int, float, bool and complex; chained comparisons.

vals = [False, True, 0, 1, -1, 2, 0.0, -0.0, 0.5, 1.0, 2.0, 1e308, 10**30, float("inf"), float("-inf")]
for a in vals:
    row = []
    for b in vals:
        row.append(("<" if a < b else ">" if a > b else "=" if a == b else "?"))
    print(f"{a!r:>8}", "".join(row))

nan = float("nan")
for b in [0, 1.0, True, nan, float("inf")]:
    print("nan vs", repr(b), nan < b, nan <= b, nan == b, nan != b, nan > b, nan >= b)

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print(1 < 2.5 <= 2.5 < 3, (1 < 2) < 3, 1 < (2 < 3), 2 == 2 != 3, None is None)
x = 5
print(0 <= x < 10, 0 <= x < 5, -x < 0 < x)

print(2**64 == 2.0**64, 2**64 + 1 == 2.0**64, 2**64 + 1 > 2.0**64, 2**64 - 1 < 2.0**64)
print(-(2**64) - 1 < -(2.0**64), 10**308 < 1e308, 10**309 > 1e308)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1 / 3 == 0.3333333333333333)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 != 1 + 1e-300j, True == 1 + 0j)

for a, b in [(1, "1"), (1.0, "1"), (None, 0), ([], 0), (1, [1]), ((), 0)]:
    print(repr(a), "==", repr(b), a == b, a != b)
    for op in ("<", "<=", ">", ">="):
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print("  ", op, type(e).__name__ + ":", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Num.__eq__ called")
        return self.v == other
    def __lt__(self, other):
        print("  Num.__lt__ called")
        return self.v < other
    def __gt__(self, other):
        print("  Num.__gt__ called")
        return self.v > other

n = Num(3)
print(3 == n)
print(n == 3)
print(2 < n)
print(n < 4)
print(1 < n < 5)
