# match, walrus, unpacking, scoping
def classify(x):
    match x:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"neg {n}"
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {"type": "pt", "x": x0, **kw}:
            return f"pt {x0} {kw}"
        case str() as s:
            return "str " + s
        case (1, 2):
            return "tuple12"
        case _:
            return "other"
for v in [0, 1, -4, [1, 2, 3, 4], (9, 8), {"type": "pt", "x": 1, "y": 2}, "hi", 3.5, 7]:
    print(classify(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y=0): self.x, self.y = x, y
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
def where(p):
    match p:
        case Point(x=0, y=0): return "origin"
        case Point(x=0, y=y): return f"y={y}"
        case Point(x, y) if x == y: return "diag"
        case Point(): return "somewhere"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2)]])
print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1))
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4])
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *_ = "hello"
print(first, _)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d, [*range(3), *"ab"], {*[1, 2], *(2, 3)})
def kw(a, /, b, *, c, **rest): return (a, b, c, rest)
print(kw(1, 2, c=3, d=4), kw(1, b=2, c=3))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print(e)
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
class K:
    v = 1
    vals = [v for _ in range(2)] if False else None
    def m(self): return v if False else K.v
print(K().m())
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
import functools
@functools.lru_cache(maxsize=None)
def fibm(n): return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80), fibm.cache_info())
p = functools.partial(int, base=2)
print(p("1010"), functools.reduce(lambda a, b: a * b, range(1, 6)))
@functools.wraps(len)
def wrapped(*a): return len(*a)
print(wrapped.__name__, wrapped([1, 2]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
