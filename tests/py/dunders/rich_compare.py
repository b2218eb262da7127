# Rich comparison dunders.

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts <= o.parts
    __hash__ = None

v1, v2, v3 = Version("1.2"), Version("1.10"), Version("1.2")
print(v1 == v3, v1 != v3, v1 == v2, v1 != v2)
print(v1 < v2, v1 <= v3, v2 < v1)
print(v2 > v1, v1 >= v3)   # via reflection of __lt__ / __le__
print(sorted([Version("2.0"), v2, v1, Version("0.9")]))
print(max(v1, v2), min(v1, v2))
print(v1 == "1.2", v1 != "1.2")
try:
    v1 < "1.3"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v1 >= 5
except TypeError as e:
    print(type(e).__name__, e)

# __ne__ defaults to inverting __eq__ (unless NotImplemented)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  OnlyEq.__eq__")
        return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

# explicit __ne__ is independent
class Contrary:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
print(Contrary() == 1, Contrary() != 1)

# __lt__ doesn't imply __gt__ of same object... but reflection gives it
class LtOnly:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(LtOnly(1) > LtOnly(2), LtOnly(3) > LtOnly(2))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(type(e).__name__, e)

# comparisons returning non-bool
class Vec:
    def __init__(self, *c):
        self.c = c
    def __lt__(self, o):
        return [a < b for a, b in zip(self.c, o.c)]
    def __eq__(self, o):
        return [a == b for a, b in zip(self.c, o.c)]
print(Vec(1, 5) < Vec(2, 3), Vec(1, 2) == Vec(1, 3))

# chained comparisons call dunders pairwise and short-circuit
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  %d < %d" % (self.v, o.v))
        return self.v < o.v
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(c < a < b)

# truthiness of the comparison result is used by chaining/if
class Falsy:
    def __bool__(self):
        print("  Falsy.__bool__")
        return False
class RetFalsy:
    def __lt__(self, o):
        return Falsy()
res = RetFalsy() < 1
print(type(res).__name__)
if RetFalsy() < 1:
    print("taken")
else:
    print("not taken")
chain = RetFalsy() < 1 < 2
print(type(chain).__name__)

# bool() of comparison result that raises
class BadBool:
    def __bool__(self):
        raise ValueError("no truth value")
class RetBad:
    def __eq__(self, o):
        return BadBool()
try:
    if RetBad() == 1:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# containers compare elementwise using ==, identity first
class NeverEq:
    def __eq__(self, o):
        return False
ne = NeverEq()
print([ne] == [ne], [NeverEq()] == [NeverEq()], (ne,) == (ne,))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print("abc" < "abd", "Z" < "a", "" < "a", b"a" < b"b")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} < {2})
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 2})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

# mixed numeric comparisons
print(1 == 1.0, 1 < 1.5, True == 1, 2 > True, 1 == 1 + 0j, 0.1 + 0.2 == 0.3)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
print(float("inf") > 10 ** 400, float("-inf") < -(10 ** 400), 10 ** 400 > 1e308)
