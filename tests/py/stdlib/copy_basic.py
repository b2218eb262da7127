# copy: shallow and deep copies, memo and cycles, __copy__/__deepcopy__, __reduce_ex__, replace-free classes
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"], d == a)
a[1].append(99)
print(s[1], d[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
t2 = (1, 2, "x")
print(copy.deepcopy(t2) is t2, copy.copy("abc") == "abc", copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}))
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is not cyc, len(c2))
dd = {"a": 1}
dd["self"] = dd
d2 = copy.deepcopy(dd)
print(d2["self"] is d2, sorted(d2.keys()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __copy__(self):
        c = Custom(self.v)
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.v, memo))
        c.log = ["deep", len(memo) > 0]
        return c
c = Custom([1, 2])
print(copy.copy(c).log, copy.deepcopy(c).log, copy.deepcopy(c).v is c.v)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s1 = Slots()
s2 = copy.deepcopy(s1)
s3 = copy.copy(s1)
print(s2.a, s2.b, s2.a is s1.a, s3.a is s1.a)

class Reduce:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduce, (self.n * 10,))
print(copy.copy(Reduce(2)).n, copy.deepcopy(Reduce(3)).n)

class State:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x + 100}
    def __setstate__(self, st):
        self.x = st["x"] * 2
print(copy.copy(State()).x, copy.deepcopy(State()).x)

class WithNew:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o
    def __getnewargs__(self):
        return (7, 8)
w = copy.copy(WithNew(1))
print(w.args)

import collections
od = collections.OrderedDict([("b", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
print(od2, od2["b"] is od["b"], type(od2).__name__)
dq = collections.deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[0] is dq[0])
dfd = collections.defaultdict(list, {"x": [1]})
dfd2 = copy.deepcopy(dfd)
print(dfd2["x"], dfd2["new"], dfd2.default_factory is list)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.deepcopy(print) is print)
def f():
    return 1
print(copy.deepcopy(f) is f, copy.copy(range(3)) == range(3), copy.deepcopy(None), copy.deepcopy(1.5))
print(copy.copy(bytearray(b"ab")), copy.deepcopy({1: {2: {3: [4]}}}), copy.copy(set([1, 2])) == {1, 2})
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
try:
    raise copy.Error("boom")
except copy.error as e:
    print(type(e).__name__, e)
class Sub(list):
    pass
sl = Sub([[1], 2])
sl.attr = "a"
sl2 = copy.deepcopy(sl)
print(type(sl2).__name__, sl2, sl2.attr, sl2[0] is sl[0])
