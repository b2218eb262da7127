# Float arithmetic in code the JIT compiles: exact floats and small ints mixed, zero
# divisors, signed zeros, infinities and NaN, big ints and float subclasses (the helper's),
# in-place operators, and results that outlive their operands.
import math


class F(float):
    def __add__(self, other):
        return "F.__add__"


def ops(x, y):
    out = []
    out.append(x + y)
    out.append(x - y)
    out.append(x * y)
    try:
        out.append(x / y)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    z = x
    z += y
    z -= 0.5
    z *= 2
    try:
        z /= y
    except ZeroDivisionError:
        z = "zdiv"
    out.append(z)
    return out


def show(v):
    if isinstance(v, float):
        return "%r%s" % (v, "-" if math.copysign(1.0, v) < 0 else "")
    return repr(v)


cases = [
    (1.5, 2.0), (3, 0.5), (0.5, 3), (7, 2), (-7, 2), (1, 3), (2**29, 3), (-0.0, 0.0), (0.0, -1),
    (1e308, 10.0), (-1e308, 1e-308), (math.inf, 1), (math.inf, math.inf), (math.nan, 1.0),
    (1.0, 0.0), (5, 0), (0.0, 0), (2**40, 1.5), (1.5, 2**70), (True, 2.5), (F(1.0), 2.0), (2.0, F(1.0)),
    (2**30, 2**30), (-(2**30), -1),
]
for _ in range(3):
    for x, y in cases:
        try:
            print(show(x), show(y), [show(v) for v in ops(x, y)])
        except TypeError as e:
            print(show(x), show(y), "TypeError", e)


def accumulate(n):
    # Results kept, then dropped in bulk: more floats alive than the pool holds.
    keep = []
    t = 0.0
    for i in range(n):
        t = t * 0.5 + i / 7
        keep.append(t + 1.0)
    s = sum(keep)
    keep = None
    return t, s


print(accumulate(2000))
print(accumulate(10))


def ident():
    a = 1.25
    b = a * 1
    c = a + 0
    return a is b, a == b == c, b is c


print(ident())
