import cmath, math

zs = [0j, 1+0j, -1+0j, 1j, -1j, 3+4j, -2.5+0.5j, complex(1e-300, 1e300), complex(math.inf, 1), complex(1, math.nan)]
for z in zs:
    for fn in ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
               "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"):
        try:
            r = getattr(cmath, fn)(z)
            print(fn, z, complex(round(r.real, 9), round(r.imag, 9)) if all(map(math.isfinite, (r.real, r.imag))) else r)
        except (ValueError, OverflowError) as e:
            print(fn, z, type(e).__name__, e)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, math.pi / 2))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isfinite(1+2j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.log(8, 2), cmath.log(1j, 1j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
