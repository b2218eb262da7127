# When the right operand is a subclass that overrides the reflected method, it goes first.

class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, o):
        return "Base.__add__(%r, %r)" % (self, o)
    def __radd__(self, o):
        return "Base.__radd__(%r, %r)" % (self, o)
    def __mul__(self, o):
        return "Base.__mul__"
    def __rmul__(self, o):
        return "Base.__rmul__"
    def __lt__(self, o):
        return "Base.__lt__(%r, %r)" % (self, o)
    def __gt__(self, o):
        return "Base.__gt__(%r, %r)" % (self, o)
    def __eq__(self, o):
        return "Base.__eq__(%r, %r)" % (self, o)
    __hash__ = object.__hash__

class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__(%r, %r)" % (self, o)
    def __gt__(self, o):
        return "Sub.__gt__(%r, %r)" % (self, o)
    def __eq__(self, o):
        return "Sub.__eq__(%r, %r)" % (self, o)
    __hash__ = object.__hash__

class SubNoOverride(Base):
    pass

b = Base("b")
s = Sub("s")
n = SubNoOverride("n")

print(b + s)      # Sub.__radd__ first
print(s + b)      # normal: Sub inherits Base.__add__
print(b * s)      # Sub doesn't override __rmul__: Base.__mul__ first
print(b + n)      # no override: left first
print(n + b)
print(b < s)      # reflected of < is >, Sub overrides __gt__: Sub.__gt__(s, b)
print(s < b)
print(b > s)      # comparisons only need a subclass (no override check): Sub's inherited __lt__(s, b) runs first
print(b == s)     # Sub.__eq__ goes first
print(s == b)
print(b != s)     # default __ne__ on Sub (tried first) negates Sub.__eq__

# subclass declining defers back to left
class Declining(Base):
    def __radd__(self, o):
        print("  Declining.__radd__ declines")
        return NotImplemented
dcl = Declining("d")
print(b + dcl)

# with builtins: int subclass with __radd__
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__(%r)" % o
    def __rsub__(self, o):
        return "MyInt.__rsub__(%r)" % o
print(1 + MyInt(2))
print(10 - MyInt(3))
print(MyInt(2) + 1)
print(1.5 + MyInt(2))

# float subclass
class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.__rmul__"
print(2.0 * MyFloat(1.0), 2 * MyFloat(1.0))

# str subclass with __radd__
class MyStr(str):
    def __radd__(self, o):
        return "MyStr.__radd__(" + o + ")"
print("left" + MyStr("right"))
print(MyStr("right") + "left")

# list subclass with __radd__
class MyList(list):
    def __radd__(self, o):
        return "MyList.__radd__"
print([1] + MyList([2]))

# a subclass used on the left behaves normally
print(s + 1, s < 1)

# rich comparison reflection for same type: reflected tried after left declines
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  Cmp.__lt__", self.v, o.v)
        return NotImplemented
    def __gt__(self, o):
        print("  Cmp.__gt__", self.v, o.v)
        return self.v > o.v
print(Cmp(1) < Cmp(2))

# reflected comparison pairs
class Pairs:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return self.n
for op in ("lt", "le", "gt", "ge", "eq", "ne"):
    setattr(Pairs, "__%s__" % op, (lambda op: lambda self, o: "%s.__%s__" % (self.n, op))(op))
class Plain:
    pass
pl = Plain()
px = Pairs("P")
print(pl < px, pl <= px, pl > px, pl >= px, pl == px, pl != px)
