# math module: every function on ordinary and special values, printed exactly (float.hex).
import math

vals = [0.0, -0.0, 1e-300, 1e-8, 0.1, 0.5, 0.84375, 1.0, 1.25, 1.5, 2.0, 2.857, 3.0, 5.5, 6.0,
        27.0, 30.0, 1e10, 1e300, -0.5, -1.0, -2.5, -6.5, -30.0,
        float('inf'), float('-inf'), float('nan')]

def show(x):
    if isinstance(x, float):
        return x.hex()
    if isinstance(x, tuple):
        return '(' + ', '.join(show(y) for y in x) + ')'
    return repr(x)

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp',
             'exp2', 'expm1', 'fabs', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'erf', 'erfc',
             'gamma', 'lgamma', 'log', 'log2', 'log10', 'log1p', 'degrees', 'radians', 'ulp',
             'ceil', 'floor', 'trunc', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(show(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name + ':', ' '.join(out))

pairs = [(1.0, 2.0), (-1.0, 0.0), (0.0, -0.0), (3.0, -2.0), (1e308, 10.0), (2.0, 0.5),
         (-8.0, 1 / 3), (0.0, -1.0), (float('inf'), 1.0), (float('nan'), 0.0), (5.5, 2.0),
         (-5.5, 2.0), (7.0, 3.0), (1.0, float('inf')), (1e-310, 1e300)]
for name in ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'nextafter', 'hypot']:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(show(f(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name + ':', ' '.join(out))

# erf/erfc across the ranges of their rational approximations
x = -7.0
row = []
while x < 7.0:
    row.append(math.erf(x).hex() + '/' + math.erfc(x).hex())
    x += 0.37
print('erf grid:', ' '.join(row))
print([math.cbrt(v) for v in (8, 27, 64, 1000, -125, 2, 1e-9, 3 ** 30)])
print([math.gamma(v) for v in (0.5, 1, 5, 10.5, 23, 24, 171, -0.5, -3.5, 1e-21)])
print([math.lgamma(v) for v in (0.5, 1, 3, 100, 1e300, -0.5, -100.5)])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
