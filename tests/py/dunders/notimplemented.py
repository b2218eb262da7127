# The NotImplemented protocol and TypeError messages when both sides decline.

class A:
    def __add__(self, o):
        print("  A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("  A.__radd__")
        return NotImplemented
    def __lt__(self, o):
        print("  A.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("  A.__eq__")
        return NotImplemented
    __hash__ = object.__hash__

class B:
    def __add__(self, o):
        print("  B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("  B.__radd__")
        return NotImplemented
    def __gt__(self, o):
        print("  B.__gt__")
        return NotImplemented
    def __eq__(self, o):
        print("  B.__eq__")
        return NotImplemented
    __hash__ = object.__hash__

a, b = A(), B()
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b > a
except TypeError as e:
    print(type(e).__name__, e)

# == falls back to identity when both decline
print(a == b)
print(a == a)
print(a != b)

# messages for every binary operator
class Plain:
    pass
p = Plain()
ops = [
    ("+", lambda: p + 1), ("-", lambda: p - 1), ("*", lambda: p * 1), ("/", lambda: p / 1),
    ("//", lambda: p // 1), ("%", lambda: p % 1), ("**", lambda: p ** 1), ("@", lambda: p @ 1),
    ("<<", lambda: p << 1), (">>", lambda: p >> 1), ("&", lambda: p & 1), ("|", lambda: p | 1),
    ("^", lambda: p ^ 1), ("divmod", lambda: divmod(p, 1)), ("pow3", lambda: pow(p, 1, 1)),
    ("r+", lambda: 1 + p), ("r**", lambda: 2 ** p), ("r|", lambda: {1} | p),
]
for label, fn in ops:
    try:
        fn()
    except TypeError as e:
        print(label, "|", e)

cmps = [("<", lambda: p < 1), ("<=", lambda: p <= 1), (">", lambda: p > 1), (">=", lambda: p >= 1),
        ("r<", lambda: 1 < p), ("str<int", lambda: "a" < 1), ("list<tuple", lambda: [1] < (1,)),
        ("None<None", lambda: None < None)]
for label, fn in cmps:
    try:
        fn()
    except TypeError as e:
        print(label, "|", e)

# unary operators
for label, fn in (("-", lambda: -p), ("+", lambda: +p), ("~", lambda: ~p), ("abs", lambda: abs(p)),
                  ("~float", lambda: ~1.5), ("-str", lambda: -"s")):
    try:
        fn()
    except TypeError as e:
        print(label, "|", e)

# NotImplemented itself
print(repr(NotImplemented), type(NotImplemented).__name__)
print(NotImplemented is NotImplemented)

# returning NotImplemented from a direct call is just a value
print(A().__add__(1) is NotImplemented)
print((1).__add__("x"), (1).__lt__("x"), "x".__eq__(1))

# builtin type mixes
for expr in ("1 + 'a'", "'a' + 1", "[1] + (1,)", "{} + {}", "None + None", "1 + None", "b'a' + 'a'", "'a' * 'b'", "[1] * 1.5"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "|", e)

# a class cooperating with int through NotImplemented
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return "Meters(%r)" % self.v
print(Meters(1) + Meters(2), Meters(1) + 2, 3 + Meters(1), 0.5 + Meters(1))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)

# returning NotImplemented in a boolean context is deprecated (avoid); just check identity
print(bool is type(True))
