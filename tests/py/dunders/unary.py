# Unary operator dunders: __neg__, __pos__, __invert__, __abs__.

class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __neg__(self):
        return Vec(*(-x for x in self.c))
    def __pos__(self):
        return Vec(*(abs(x) for x in self.c))
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))

v = Vec(3, -4)
print(-v, +v, abs(v), ~v)
print(-(-v), ~~v, -+v, +-v)
print(abs(-v))

# unary ops with arbitrary return types
class Odd:
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return None
    def __abs__(self):
        return [1]
print(-Odd(), ~Odd(), abs(Odd()))

# missing unary ops
class Nope:
    pass
for label, fn in (("neg", lambda: -Nope()), ("pos", lambda: +Nope()), ("inv", lambda: ~Nope()), ("abs", lambda: abs(Nope()))):
    try:
        fn()
    except TypeError as e:
        print(label, "|", e)

# builtins
print(-5, +5, ~5, ~-1, abs(-5), abs(-2.5), abs(3 + 4j), -0.0, +(-0.0), abs(-0.0))
print(~True, -True, +False, type(-True).__name__, type(+True).__name__)
print(-(2 ** 100), ~(2 ** 64), abs(-(10 ** 30)))
print(-float("inf"), abs(float("-inf")), -(1 - 2j))
for bad in ("-'s'", "~1.5", "+[1]", "abs('x')", "~None"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "|", e)

# precedence of unary minus vs power
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, ~2 ** 2, not 0 == 1)

# unary on int subclass returns int
class MyInt(int):
    pass
print(type(-MyInt(3)).__name__, type(+MyInt(3)).__name__, type(abs(MyInt(-3))).__name__, type(~MyInt(3)).__name__)

# unary dunders inherited and overridden
class Base:
    def __neg__(self):
        return "Base neg"
class Child(Base):
    def __pos__(self):
        return "Child pos"
print(-Child(), +Child())

# dunder defined on instance is ignored
b = Base()
b.__neg__ = lambda: "instance"
print(-b)

# double negation via dunders with side effects
class Counter:
    count = 0
    def __neg__(self):
        Counter.count += 1
        return self
c = Counter()
x = - - - c
print(Counter.count)

# abs() with __abs__ returning negative is allowed
class NegAbs:
    def __abs__(self):
        return -1
print(abs(NegAbs()))

# unary with complex numbers and float edge cases
print(abs(complex(-3, -4)), -complex(0, 0), abs(-1e308 * 10))
print(~0, ~-2 ** 63, -(-(2 ** 63)))
