# numbers
import math
print(7 // -2, -7 % 3, divmod(-7, 2), 2 ** -1, (-8) ** (1/3), pow(3, 4, 5), pow(2, -1, 7))
print(0.1 + 0.2, round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2))
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), float("1e-3"), float("  -inf "))
print(1e16, 1e-7, 123456789012345678.0, 1.0, -0.0, 3e300 * 1e10, float("nan") == float("nan"))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(8), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.inf > 1e308, math.isnan(math.nan), math.copysign(1, -0.0))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length(), (7).bit_count())
print(2 ** 100, -(2 ** 64) // 3, (2 ** 100) % 7, hex(2 ** 70), int(1e20), int(-1.5))
print(True + True, True * 10, bool(0.0), bool("0"), 3 == 3.0, hash(3) == hash(3.0), 1 < 2.5 < 3)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, complex("1+2j").conjugate())
print((3.75).as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer())
print(sum([0.1] * 10), sum(range(101)), max(3, 1, 2), min("b", "a"), abs(-7), abs(-7.5))
print(f"{2**0.5:.10f}", f"{1/7:.20f}", repr(1/3), str(2/3), 1e22, 1e21, 1.5e-5)
print(int.__add__(3, 4), (5).__truediv__(2), (5).__rtruediv__(2), float.__floordiv__(7.5, 2))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), format(2.675, ".2f"))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 0.5, 4 ** 0.5, 0 ** 0)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(sorted([3, 1.5, True, -2]), sorted([1, 2, 3], key=lambda v: -v))
