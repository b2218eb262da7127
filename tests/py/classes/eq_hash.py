# __eq__ and __hash__ rules.

class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
print(len({a, b, a}))

class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, WithEq):
            return NotImplemented
        return self.v == other.v

print(WithEq.__hash__)
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(1), WithEq(1) != WithEq(2))
try:
    hash(WithEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithEq(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

# __eq__ plus explicit __hash__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(sorted(pts, key=lambda p: (p.x, p.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
print(Point(1, 2) in pts, Point(5, 5) in pts)

# != derived from __eq__ automatically
print(Point(1, 1) != Point(1, 1), Point(1, 1) != Point(1, 2))

# subclass that overrides __eq__ loses inherited __hash__
class Sub(Point):
    def __eq__(self, other):
        return True
print(Sub.__hash__)
try:
    hash(Sub(1, 1))
except TypeError as e:
    print(type(e).__name__, e)

# subclass that doesn't override __eq__ keeps hash
class Sub2(Point):
    pass
print(hash(Sub2(1, 2)) == hash(Point(1, 2)))

# __hash__ = None explicitly
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)

# restoring hash in a subclass with __eq__ via explicit assignment
class Restore(Point):
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = Point.__hash__
print(hash(Restore(3, 4)) == hash((3, 4)))

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# large hash values are reduced but equal objects must match
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# hash of -1 is -2 for ints; a custom __hash__ returning -1 also becomes -2
class MinusOne:
    def __hash__(self):
        return -1
print(hash(-1), hash(MinusOne()))

# equal numbers hash equal
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print({1: "int", 1.0: "float", True: "bool"})
print(len({0, 0.0, False, -0.0}))

# dict lookup uses __eq__ after hash match
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        calls.append((self.v, other.v))
        return self.v == other.v
dd = {}
dd[Loud("a")] = 1
print(calls)
dd[Loud("b")] = 2
print(len(dd), sorted(set(tuple(sorted(c)) for c in calls)))
del calls[:]
print(dd[Loud("b")], ("b", "b") in calls)
dd[Loud("a")] = 3
print(len(dd), sorted(dd.values()))

# identity shortcut: same object is found without __eq__
class NeverEqual:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
ne = NeverEqual()
print(ne == ne, ne in [ne], ne in {ne}, [ne].count(ne), [ne].index(ne))

# NaN behaves the same way
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])

# __eq__ returning non-bool values
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1)
print([Weird()] == [1])

# hashing builtin containers
for v in ((1, 2), frozenset([1]), "s", b"b", None, 3.5):
    print(type(v).__name__, hash(v) == hash(v))
for v in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
