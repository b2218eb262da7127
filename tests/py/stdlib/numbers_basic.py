# numbers: the numeric tower ABCs, isinstance on builtins, registration, a user Integral
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in (1, True, 2.5, 1j, "s", None, [1]):
    print(repr(v), [isinstance(v, t) for t in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(complex, Real), issubclass(bool, Number))
print([c.__name__ for c in Integral.__mro__])
print(sorted(Real.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
try:
    Number()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    Real()
except TypeError as e:
    print("TypeError:", str(e).startswith("Can't instantiate abstract class Real"))

class MyNum:
    pass
Real.register(MyNum)
print(isinstance(MyNum(), Real), isinstance(MyNum(), Complex), isinstance(MyNum(), Rational), issubclass(MyNum, Number))

class Int(Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f"Int({self.v})"
    def _w(self, o): return o.v if isinstance(o, Int) else o
    def __add__(self, o): return Int(self.v + self._w(o))
    def __radd__(self, o): return Int(self._w(o) + self.v)
    def __neg__(self): return Int(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Int(abs(self.v))
    def __mul__(self, o): return Int(self.v * self._w(o))
    def __rmul__(self, o): return Int(self._w(o) * self.v)
    def __truediv__(self, o): return self.v / self._w(o)
    def __rtruediv__(self, o): return self._w(o) / self.v
    def __floordiv__(self, o): return Int(self.v // self._w(o))
    def __rfloordiv__(self, o): return Int(self._w(o) // self.v)
    def __mod__(self, o): return Int(self.v % self._w(o))
    def __rmod__(self, o): return Int(self._w(o) % self.v)
    def __pow__(self, o, m=None): return Int(pow(self.v, self._w(o), m))
    def __rpow__(self, o): return Int(self._w(o) ** self.v)
    def __lt__(self, o): return self.v < self._w(o)
    def __le__(self, o): return self.v <= self._w(o)
    def __eq__(self, o): return self.v == self._w(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return Int(self.v << self._w(o))
    def __rlshift__(self, o): return Int(self._w(o) << self.v)
    def __rshift__(self, o): return Int(self.v >> self._w(o))
    def __rrshift__(self, o): return Int(self._w(o) >> self.v)
    def __and__(self, o): return Int(self.v & self._w(o))
    def __rand__(self, o): return Int(self._w(o) & self.v)
    def __xor__(self, o): return Int(self.v ^ self._w(o))
    def __rxor__(self, o): return Int(self._w(o) ^ self.v)
    def __or__(self, o): return Int(self.v | self._w(o))
    def __ror__(self, o): return Int(self._w(o) | self.v)
    def __invert__(self): return Int(~self.v)
x = Int(7)
print(x + 1, 1 + x, x * 3, x / 2, x // 2, x % 4, x ** 2, -x, abs(Int(-3)), x < 10, x == 7)
print(x.numerator, x.denominator, x.real, x.imag, x.conjugate(), float(x), complex(x), [10, 20, 30, 40, 50, 60, 70, 80][x])
print(isinstance(x, Rational), isinstance(x, Real), bin(x), divmod(x, 3) if hasattr(Int, "__divmod__") else "divmod from Real", Int(2) << 3)
print(x.__divmod__(3), x.__rdivmod__(50), pow(x, 2, 5))
print(numbers.Number.__hash__, Complex.__bool__(Int(0)) if hasattr(Complex, "__bool__") else None)
