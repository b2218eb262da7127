# Reflected (right-hand) operator dunders.

class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make(op):
    def left(self, other):
        return "%s.__%s__(%r)" % (self.name, op, other)
    def right(self, other):
        return "%s.__r%s__(%r)" % (self.name, op, other)
    return left, right

OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
       "lshift", "rshift", "and", "or", "xor", "divmod"]

class OnlyRight:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
for op in OPS:
    setattr(OnlyRight, "__r%s__" % op, make(op)[1])

r = OnlyRight("r")
print(1 + r)
print(1 - r)
print(1 * r)
print(1 / r)
print(1 // r)
print(1 % r)
print(1 ** r)
print(1 << r)
print(1 >> r)
print(1 & r)
print(1 | r)
print(1 ^ r)
print(divmod(1, r))
print([1] @ r)
print("s" + r, [1] + r, (1,) * r, "x" * r)
print(pow(2, r))

# three-argument pow does not try __rpow__
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)

# left operand returning NotImplemented triggers right
class Left:
    def __repr__(self):
        return "L"
    def __add__(self, other):
        print("  Left.__add__ ->", "NotImplemented")
        return NotImplemented
    def __radd__(self, other):
        return "Left.__radd__"

class Right:
    def __repr__(self):
        return "Rt"
    def __add__(self, other):
        return "Right.__add__"
    def __radd__(self, other):
        print("  Right.__radd__ called with", other)
        return "Right.__radd__"

print(Left() + Right())
print(Right() + Left())

# same-type: reflected is NOT tried
class Same:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "should not be called"
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)

# __radd__ for sum() starting at 0
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        if isinstance(o, int):
            return Money(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__ with", o)
        return self + o
    def __repr__(self):
        return "Money(%d)" % self.v
print(sum([Money(1), Money(2), Money(3)]))

# reflected with non-commutative operations
class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __truediv__(self, o):
        return Num(self.v / o)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __repr__(self):
        return "Num(%r)" % self.v
n = Num(4)
print(10 - n, n - 10, 10 / n, n / 10, 2 ** n, 11 % n)

# str % uses __rmod__ only when left can't handle
class Fmt:
    def __rmod__(self, o):
        return "Fmt.__rmod__ got " + repr(o)
print(5 % Fmt())

# builtin types and reflected ops
print((3).__radd__(4), (3).__rsub__(10), (2).__rpow__(5), (7).__rfloordiv__(50))
print((1.5).__radd__(1), (2.0).__rtruediv__(1))
print((3).__radd__(1.5))
print("a".__add__("b"), "a".__mul__(3), "a".__rmul__(3))

# reflected bitwise on bools
print(True & 1, 1 & True, True | False, type(True | False).__name__, type(True & 1).__name__)
