# Tuples: construction, packing, indexing, methods, comparisons, immutability, hashing.

t = (1, "two", 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], type(t[1:3]).__name__)
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "xy"))
packed = 1, 2, 3
print(packed, type(packed).__name__)
single = 5,
print(single, len(single))
a, b, c = packed
print(a, b, c)
print(t.count(3.0), t.count(3), (1, 1, 1).count(1), t.index("two"), t.index(None), (1, 2, 1).index(1, 1))
try:
    t.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
t[4].append(6)
print(t)
print((1, 2) + (3,), (1,) * 3, 2 * (0,), () * 5, (1, 2) * 0)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
for x, y in [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), ()), ((2,), (1, 9)), ((1, "a"), (1, "a")), ((1,), (1.0,))]:
    print(x, y, x == y, x < y, x <= y, x > y)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): "pair"}[(1, 2)], {(1, (2, 3))})
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(3 in (1, 2, 3), (1, 2) in [(1, 2)], "a" in ("abc",), (1, 2) == [1, 2])
t2 = tuple(t)
print(t2 is t, t[:] is t, tuple(t2) is t2)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sum(nested[0]), [x for sub in nested for x in (sub if isinstance(sub, tuple) else (sub,))])
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]), sorted([(2, "x"), (1, "y"), (2, "a")]))
print(repr((1,)), repr(((),)), repr((("a",),)), str((1.5, "s")), repr(tuple([None])))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p + (5,)).__name__, isinstance(p, tuple))
