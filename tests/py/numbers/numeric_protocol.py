# User-defined numeric types: binary operator dispatch, reflected ops, NotImplemented, in-place ops.

class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if isinstance(other, int):
            return V(other + self.x)
        return NotImplemented
    def __mul__(self, other):
        return V(self.x * other) if isinstance(other, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __hash__(self):
        return hash(self.x)

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(3) * 4, 4 * V(3), -V(3), abs(V(-8)))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~V(1)
except TypeError as e:
    print(type(e).__name__, e)

# A subclass that overrides the reflected method gets priority
class W(V):
    def __radd__(self, other):
        print(f"  W.__radd__ {self!r} {other!r}")
        return "W wins"
    def __repr__(self):
        return f"W({self.x})"

print(V(1) + W(2))
print(W(2) + V(1))

# In-place operators fall back to the binary operator
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
b = a
a += 1
a += 2
print(a, b, a is b)
v = V(10)
w = v
v += 1
print(v, w, v is w)

class IAddReturnsNI:
    def __iadd__(self, other):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("  __add__ used")
        return "sum"
x = IAddReturnsNI()
x += 3
print(x)

# Comparison reflection: a < b falls back to b > a
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print(f"  Cmp({self.v}).__gt__")
        return self.v > other
print(1 < Cmp(5))
print(Cmp(5) > 1)
try:
    Cmp(5) < 1
except TypeError as e:
    print(type(e).__name__, e)

# __bool__ and __len__ for truth
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(Z()), bool(L()), not Z(), "yes" if L() else "no")
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

# __index__ used by operations requiring ints
class I:
    def __index__(self):
        return 3
print("ab" * I(), [0] * I(), bin(I()), range(I()), (10).__lshift__(I()), [1, 2, 3, 4][I()])
try:
    pow(2, I(), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    10 << I()
except TypeError as e:
    print(type(e).__name__, e)
print(sum([V(1), V(2)], V(0)))
