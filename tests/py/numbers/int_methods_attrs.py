# Attributes and methods on int objects and the int type.

for v in (0, 7, -7, 10**20, True):
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio())
    print(" types:", type(v.real).__name__, type(v.numerator).__name__, type(v.as_integer_ratio()[0]).__name__)

print(int.__name__, int.__qualname__, type(int).__name__)
print(isinstance(True, int), issubclass(bool, int), int.__mro__ == (int, object))

# int 3.11 has no is_integer method (added in 3.12)
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)

# dunder methods called directly
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3))
print((5).__mul__(3), (5).__floordiv__(3), (5).__mod__(3), (5).__pow__(3), (5).__pow__(3, 7))
print((5).__truediv__(2), (5).__rtruediv__(2), (5).__divmod__(3), (5).__rdivmod__(3))
print((5).__neg__(), (5).__pos__(), (5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__lshift__(3), (5).__rshift__(1))
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((5).__eq__(5), (5).__ne__(5), (5).__lt__(6), (5).__ge__(6))
print((5).__add__(1.5), (5).__eq__(5.0), (5).__lt__("x"), (5).__mul__("ab"))
print((5).__round__(), (1555).__round__(-1), (1565).__round__(-1))
print(int.__add__(2, 3), int.__mul__(True, 4))
try:
    int.__add__(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Subclass of int
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"

m = Meters(5)
print(repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), str(m), f"{m}", "%d" % m)
print(int(m), type(int(m)).__name__)

class Half(int):
    def __add__(self, other):
        return "Half.__add__"
    def __radd__(self, other):
        return "Half.__radd__"

print(Half(1) + 1, 1 + Half(1), Half(1) + Half(2))
print(int("12") + Meters(3), type(int("12") + Meters(3)).__name__)

# int() calling __int__ / __index__
class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "no"
print(int(HasInt()), int(HasIndex()))
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print([10, 20, 30, 40, 50, 60, 70, 80][HasIndex()], "abcdefghij"[HasIndex()])
try:
    [1, 2][HasInt()]
except TypeError as e:
    print(type(e).__name__, e)
