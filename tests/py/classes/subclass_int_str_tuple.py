# Subclassing int, float, str, tuple, bytes with extra attributes and overrides.

class Money(int):
    def __new__(cls, cents, currency="USD"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj
    def __repr__(self):
        return "Money(%d, %r)" % (int(self), self.currency)
    def __str__(self):
        return "%s %d.%02d" % (self.currency, self // 100, self % 100)
    def __add__(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError("currency mismatch: %s vs %s" % (self.currency, other.currency))
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

m = Money(1050)
print(m, repr(m), int(m), m.currency)
print(m + 25, type(m + 25).__name__)
print(25 + m, type(25 + m).__name__)
print(m * 2, type(m * 2).__name__)
print(m == 1050, m > 1000, hash(m) == hash(1050))
try:
    m + Money(1, "EUR")
except ValueError as e:
    print(type(e).__name__, e)
print(sum([Money(100), Money(200)], Money(0)))
print(isinstance(m, int), [1, 2, 3][Money(1)], bin(Money(5)))

# bool can't be subclassed but int subclass can act like flag
class Flag(int):
    def __repr__(self):
        return "Flag.ON" if self else "Flag.OFF"
print(repr(Flag(1)), repr(Flag(0)), bool(Flag(0)), Flag(1) + Flag(1))

# float subclass
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(37.5)
print(c, c.to_f(), type(c * 1).__name__, round(c))

# str subclass
class Path(str):
    sep = "/"
    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + other)
    def parts(self):
        return [p for p in self.split(self.sep) if p]
p = Path("usr") / "local" / "lib"
print(p, type(p).__name__, p.parts())
print(p.upper(), type(p.upper()).__name__)
print(type(p + "x").__name__, type(p[0:3]).__name__)
print(p == "usr/local/lib", p in {"usr/local/lib"}, len(p))

class Shout(str):
    def __str__(self):
        return self.upper() + "!"
    def __len__(self):
        return 1000
sh = Shout("hey")
print(sh, str(sh), repr(sh), len(sh), "%s" % sh, f"{sh}")
print("".join([sh, sh]))

# overriding __eq__ on str subclass changes dict behaviour only via hash/eq
class CaseStr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CaseStr("Key"): 1}
print(d.get(CaseStr("KEY")), CaseStr("a") == "A", "A" == CaseStr("a"))

# tuple subclass: a named pair
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return "Pair(%r, %r)" % self
pr = Pair(1, "b")
print(pr, pr.first, pr.second, pr.swap(), len(pr))
a, b = pr
print(a, b, pr == (1, "b"), pr + (3,), type(pr + (3,)).__name__)
print(pr[::-1], type(pr[::-1]).__name__)
try:
    pr.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)

# bytes subclass
class Hex(bytes):
    def __str__(self):
        return self.hex()
h = Hex(b"\x01\xff")
print(h, repr(h), len(h), h[0], type(h[:1]).__name__)

# int subclass arithmetic returns int unless overridden
class Meters(int):
    pass
x = Meters(5)
print(type(x + 1).__name__, type(-x).__name__, type(abs(x)).__name__, type(x // 2).__name__)
print(type(int(x)).__name__, type(+x).__name__)

# comparisons with reflected priority for subclasses
class Rich(int):
    def __eq__(self, other):
        return "Rich.__eq__"
    def __lt__(self, other):
        return "Rich.__lt__"
    __hash__ = int.__hash__
print(5 == Rich(5), 5 > Rich(1), Rich(1) == 1)

# str subclass with custom format
class Tagged(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"
print(f"{Tagged('x'):>3}", "{:<4}".format(Tagged("y")))

# int subclasses in range/indexing
print(list(range(Meters(3))), "abcdef"[Meters(1):Meters(4)])
