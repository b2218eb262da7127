import numbers
from fractions import Fraction
from decimal import Decimal

for v in [1, True, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), "1", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__)[:6])
print(sorted(numbers.Complex.__abstractmethods__))

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
    __abs__ = lambda s: MyInt(abs(s.v))
    __add__ = lambda s, o: MyInt(s.v + int(o)); __radd__ = __add__
    __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = lambda s, o: NotImplemented
    __ceil__ = __floor__ = __trunc__ = __pos__ = lambda s: s
    __round__ = lambda s, n=None: s
    __divmod__ = __rdivmod__ = lambda s, o: NotImplemented
    __eq__ = lambda s, o: s.v == int(o)
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __mul__ = __rmul__ = lambda s, o: NotImplemented
    __invert__ = __neg__ = lambda s: MyInt(-s.v)
    __le__ = lambda s, o: s.v <= int(o); __lt__ = lambda s, o: s.v < int(o)
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = lambda s, o: NotImplemented
    __pow__ = lambda s, o, m=None: NotImplemented; __rpow__ = lambda s, o, m=None: NotImplemented
    __truediv__ = __rtruediv__ = lambda s, o: NotImplemented
    __hash__ = lambda s: hash(s.v)

m = MyInt(5)
print(m, isinstance(m, numbers.Rational), m.numerator, m.denominator, float(m), complex(m), m.real, m.imag, m.conjugate())
print(m + 2, 3 + m, [10, 20, 30, 40, 50, 60][m], bin(m), m == 5)
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", str(e)[:60])
numbers.Real.register(Decimal) if False else None
class Half(float): pass
print(isinstance(Half(0.5), numbers.Real))
