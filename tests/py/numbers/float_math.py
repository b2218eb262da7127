# A few math-module functions on floats and ints (uses the math module).
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
for v in (2.5, -2.5, 3.0, -0.5, 1e20, 7):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for v in (0, 1, 2, 4, 10, 2.25, 1e100):
    print(v, math.sqrt(v))
for n in (0, 1, 15, 16, 17, 10**30, 2**127):
    print(n, math.isqrt(n))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.copysign(3, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.comb(10, 3), math.perm(5, 2), math.comb(5, 7))
print(math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in ("math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)",
            "math.isqrt(-1)", "math.floor(math.inf)", "math.floor(math.nan)", "math.exp(1000)",
            "math.gcd(1.5, 2)", "math.sqrt('4')", "math.comb(-1, 2)"):
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
