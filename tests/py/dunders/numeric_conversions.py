# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)
    def __complex__(self):
        print("  __complex__")
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        print("  __round__", ndigits)
        if ndigits is None:
            return Num(round(self.v))
        return Num(round(self.v, ndigits))
    def __trunc__(self):
        print("  __trunc__")
        return "truncated"
    def __floor__(self):
        print("  __floor__")
        return "floored"
    def __ceil__(self):
        print("  __ceil__")
        return "ceiled"

n = Num(2.675)
print(int(n))
print(float(n))
print(complex(n))
print(round(n))
print(round(n, 2))
print(round(n, ndigits=1))
print(n.__trunc__(), n.__floor__(), n.__ceil__())

# __int__ must return int
class BadInt:
    def __int__(self):
        return "1"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)

class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)

class BadComplex:
    def __complex__(self):
        return 1.0
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)

# missing conversions
class Nothing:
    pass
for label, fn in (("int", lambda: int(Nothing())), ("float", lambda: float(Nothing())),
                  ("complex", lambda: complex(Nothing())), ("round", lambda: round(Nothing())),
                  ("round2", lambda: round(Nothing(), 2))):
    try:
        fn()
    except TypeError as e:
        print(label, "|", type(e).__name__, e)

# fallbacks: float() uses __index__, complex() uses __float__ then __index__
class OnlyIndex:
    def __index__(self):
        return 5
print(float(OnlyIndex()), complex(OnlyIndex()), int(OnlyIndex()))

class OnlyFloat:
    def __float__(self):
        return 2.5
print(complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)

# int() with __trunc__ fallback (deprecated but present in 3.11)
class OnlyTrunc:
    def __trunc__(self):
        return 9
print(int(OnlyTrunc()))


# builtin round semantics (banker's rounding)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.49999)])
print(round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(int(-2.5), int(2.9), int(-0.9), (-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__())
print((3).__floor__(), (3).__ceil__(), type((2.0).__floor__()).__name__, (7).__round__(-1), (2.5).__round__())

# int() of strings and floats, errors
print(int("42"), int(" -7 "), int("1_000"), int("ff", 16), int("0x1f", 0), int("0b101", 0), int("z", 36))
for bad in ("4.2", "", "1__0", "abc", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)

# float() of strings
print(float("1.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("nan") != float("nan"))
try:
    float("1.2.3")
except ValueError as e:
    print(type(e).__name__, e)

# complex() forms
print(complex(1), complex(1, 2), complex("3+4j"), complex(" 5j "), complex(Num(1), 0))
try:
    complex("1 + 2j")
except ValueError as e:
    print(type(e).__name__, e)
