# collections.defaultdict: __missing__, default_factory, repr, copy, |, subclasses
from collections import defaultdict
import copy

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], len(d), "zz" in d, d.get("zz"))
print(d["zz"], d)
print(d.default_factory, isinstance(d, dict), type(d).__name__, type(d).__module__)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print("KeyError:", e)
n2 = defaultdict(None, {1: 2}, three=3)
print(n2, n2[1])
print(defaultdict(int, a=1), defaultdict(int, [("x", 1)]), defaultdict(list, {}))
for bad in [(1,), ("str",)]:
    try:
        defaultdict(*bad)
    except TypeError as e:
        print("TypeError:", e)
d.default_factory = set
d["s"].add(1)
print(d["s"], d.default_factory)
d.default_factory = None
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.__missing__ if False else "m", defaultdict(list).__missing__("k"))

# copies keep the factory
e = defaultdict(list, {"k": [1]})
for cp in (e.copy(), copy.copy(e), copy.deepcopy(e), e.__copy__()):
    print(type(cp).__name__, cp.default_factory, cp, cp["k"] is e["k"])
print(dict(e), type(dict(e)).__name__)

# | and |=
x = defaultdict(int, {"a": 1})
print(x | {"b": 2}, {"c": 3} | x, type({"c": 3} | x).__name__)
x |= {"z": 26}
print(x)
try:
    x | 1
except TypeError as e:
    print("TypeError:", e)

# repr with recursion and lambdas
r = defaultdict(None)
r[1] = r
print(r)
rl = defaultdict(lambda: 0)
print(repr(rl).startswith("defaultdict(<function <lambda> at "), rl["q"], dict(rl))
class Fact:
    def __call__(self):
        return "made"
    def __repr__(self):
        return "Fact()"
fd = defaultdict(Fact())
print(fd["x"], fd)

# subclasses
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree(" + repr(dict(self)) + ")"
t = Tree()
t["a"]["b"]["c"] = 1
print(t, t.default_factory is Tree)
class Counting(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)
cd = Counting(lambda: 42)
print(cd["q"], cd["q"], dict(cd))
class Named(defaultdict):
    pass
nd = Named(int)
nd["a"] += 5
print(nd, nd.copy(), type(nd.copy()).__name__)
nd.extra = 1
print(nd.extra, vars(nd))

# setdefault/get/pop do not call the factory
g = defaultdict(list)
print(g.get("a"), g.setdefault("b", 1), g.pop("c", None), g)
print(defaultdict[int, list])
print(list(defaultdict(int, {"b": 1, "a": 2}).items()))
