# math module: integer functions, big ints, sums and products, argument conversion.
import math

print(math.factorial(0), math.factorial(20), math.factorial(70))
print(math.comb(100, 50), math.comb(10, 0), math.comb(10, 11), math.comb(2**70, 2))
print(math.perm(20, 5), math.perm(7), math.perm(5, 0), math.perm(3, 5), math.perm(10, None))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0),
      math.gcd(2**200, 3**100 * 2**50), math.gcd(12, 18, 27), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2, 3, 4),
      math.lcm(2**70, 3**40, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**100 + 12345),
      math.isqrt(2**127 - 1), math.isqrt(True))
print(math.log(10**400), math.log2(2**1000 + 1), math.log10(10**500), math.log(10**400, 10),
      math.log(2**2000, 2**1000), math.log(True), math.log(8, 2), math.log(100, 10.0))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum(range(10)), math.fsum([1.0, float('inf')]), math.fsum(iter([0.5, 0.25])))
print(sum([0.1] * 10), math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([], start=5),
      math.prod(['a'], start=3), math.prod([2, 3.0]), math.prod([1j, 1j]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 5, 6, 7),
      math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')))
print(math.dist([1, 2, 3], (4, 5, 6)), math.dist((0, 0), (3, 4)), math.dist(iter([1]), [2]))
print(math.isclose(1, 1 + 1e-10), math.isclose(1e-10, 0), math.isclose(float('inf'), float('inf')),
      math.isclose(a=1, b=1.0000001, rel_tol=1e-6), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-0.0, 5),
      math.ldexp(1.0, -2**70), math.ldexp(3, True))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(5e-324), math.modf(2.5), math.modf(-2.5),
      math.modf(float('inf')))

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class C:
    def __ceil__(self):
        return 'ceil!'
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.ceil(C()), math.floor(C()),
      math.trunc(C()), math.floor(True), math.ceil(2**100), math.floor(-2.5), math.ceil(-2.5),
      type(math.floor(5)).__name__, math.trunc(-7.9), math.floor(1e20))

for bad in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.atan2(1)', 'math.log()', 'math.log(1, 2, 3)',
            'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.dist(1)', 'math.dist([1], [1, 2])',
            'math.factorial()', 'math.gcd(1.5)', 'math.ldexp(1.0, 1.5)', 'math.prod()',
            'math.fsum()', 'math.perm()', 'math.comb(1)', 'math.trunc("x")', 'math.floor("x")',
            'math.sqrt("x")', 'math.isqrt(1.5)', 'math.hypot("x")', 'math.pow(1)',
            'math.sqrt(x=1)', 'math.isclose(1, 2, rel_tol=-1)', 'math.prod([1, 2], 3)',
            'math.log(0)', 'math.log(10, 1)', 'math.log(-1.5)', 'math.log(-10**400)',
            'math.factorial(-1)', 'math.factorial(2**70)', 'math.factorial(5.0)',
            'math.comb(2**70, 2**69)', 'math.comb(-1, 2)', 'math.perm(5, -1)', 'math.exp(1000)',
            'math.fsum([1e308, 1e308])', 'math.fsum([float("inf"), -float("inf")])',
            'math.ldexp(1.0, 2**70)', 'math.pow(0.0, -1)', 'math.pow(-1, 0.5)', 'math.gamma(0)',
            'math.gamma(-1)', 'math.lgamma(0)', 'math.isqrt(-1)', 'math.acos(2)',
            'math.floor(float("nan"))', 'math.ceil(float("inf"))', 'math.fmod(1, 0)',
            'math.fmod(float("inf"), 1)', 'math.remainder(1, 0)', 'math.cosh(1000)',
            'math.atanh(1)', 'math.exp2(2000)', 'math.comb(10, 3.0)', 'math.gcd(x=1)',
            'math.sqrt(-1)', 'math.gamma(172)', 'math.fsum([1, "a"])', 'math.prod(5)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__ + ':', e)
