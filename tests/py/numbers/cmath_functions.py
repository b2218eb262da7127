# cmath: every function over a grid of ordinary and special values (C99 Annex G), and errors.
import cmath

inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e300, inf, -inf, nan, 0.71]
zs = [complex(a, b) for a in parts for b in parts]

def show(r):
    if isinstance(r, complex):
        return r.real.hex() + ',' + r.imag.hex()
    if isinstance(r, float):
        return r.hex()
    if isinstance(r, tuple):
        return '(' + ' '.join(show(x) for x in r) + ')'
    return repr(r)

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite',
             'isinf', 'isnan']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name + ':', ' '.join(out))
out = []
for a in parts:
    for b in parts:
        try:
            out.append(show(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print('rect:', ' '.join(out))

print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(8, 2),
      cmath.log10(100j), cmath.polar(1j), cmath.rect(2, cmath.pi / 2), cmath.phase(-1 - 0j))
for s in ['cmath.log(0, 2)', 'cmath.log(2, 0)', 'cmath.log(2, 1)', 'cmath.log(1j, 1j)',
          'cmath.sqrt()', 'cmath.log()', 'cmath.rect(1)', 'cmath.phase("x")', 'cmath.exp(1000)',
          'cmath.isclose(1j, 1j + 1e-10)', 'cmath.isclose(1, 2, rel_tol=0.6)',
          'cmath.isclose(1, 2, abs_tol=-1)', 'cmath.isclose(1)', 'cmath.polar(1e308+1e308j)',
          'cmath.atanh(1)', 'cmath.log(0j)', 'cmath.sqrt(x=1)', 'cmath.phase(1e300+1e-310j)',
          'cmath.cosh(1e3)', 'cmath.sinh(complex(inf, 1))', 'cmath.tanh(complex(1, inf))']:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '->', type(e).__name__ + ':', e)

class Z:
    def __complex__(self):
        return 3 + 4j
class BadZ:
    def __complex__(self):
        return 5
class R:
    def __float__(self):
        return 0.25
print(cmath.sqrt(Z()), cmath.polar(Z()), cmath.exp(R()), cmath.sqrt(True))
try:
    cmath.sqrt(BadZ())
except TypeError as e:
    print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
