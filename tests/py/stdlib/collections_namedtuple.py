# collections.namedtuple
from collections import namedtuple
import copy

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._make([7, 8]), Point._fields, Point.__name__)
print(p._asdict(), p._replace(x=10), p)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
x, y = p
print(x, y, isinstance(p, tuple), Point.__doc__, Point.x.__doc__)
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "x, y, z")
print(R(1, 2, 3), R._fields)
Ren = namedtuple("Ren", ["abc", "def", "abc", "_x", "1y"], rename=True)
print(Ren._fields)
for bad in [("Bad", ["a", "a"]), ("Bad", ["def"]), ("1Bad", ["a"]), ("Bad", ["_a"])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__)
print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
M = namedtuple("M", "a", module="mymod")
print(M.__module__, M(1))
E = namedtuple("E", [])
print(E(), E._fields, len(E()))
print(sorted(Point(2, 1)), max(Point(5, 9)), p._fields)
S = namedtuple("S", "name value")
rows = [S("a", 3), S("b", 1), S("c", 2)]
print(sorted(rows, key=lambda r: r.value))
print(Point.x, type(Point.x).__name__ in ("_tuplegetter", "property"))
print(repr(Point(x="s", y=[1])), str(Point(0.5, None)))
print(dict(zip(Point._fields, p)), Point(*range(2)))
