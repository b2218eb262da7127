# __missing__ on dict subclasses.

class Default(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        return "default-for-" + str(key)

d = Default(a=1)
print(d["a"])
print(d["b"])
print("b" in d, len(d))

# __missing__ is only used by __getitem__ (d[k]), not get/pop/setdefault/in
print(d.get("zz"), d.get("zz", "given"))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("zz", "sd"), sorted(d))

# storing value in __missing__ (defaultdict-like)
class AutoList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
al = AutoList()
al["x"].append(1)
al["x"].append(2)
al["y"].append(3)
print(al, len(al))

# recursive auto-vivification
class Tree(dict):
    def __missing__(self, key):
        self[key] = sub = Tree()
        return sub
t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t)

# __missing__ raising KeyError gives normal error
class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no such key: %r" % (key,))
try:
    Strict()["q"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ raising other exceptions
class Loud(dict):
    def __missing__(self, key):
        raise LookupError("custom lookup failure for " + repr(key))
try:
    Loud()[1]
except LookupError as e:
    print(type(e).__name__, e)

# __missing__ on a plain dict instance attribute is ignored
plain = {}
try:
    plain["k"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ on a non-dict class does nothing special
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ defined in a subclass of a subclass
class Base(dict):
    pass
class Leaf(Base):
    def __missing__(self, key):
        return key * 2
print(Leaf()[21], Leaf()["ab"])

# counting with __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()))
print(c["nothing"], "nothing" in c)

# __missing__ and format_map
class SafeFormat(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age} years, {unknown}".format_map(SafeFormat(name="Ann", age=7)))

# __missing__ is looked up on the type
class Sub(dict):
    pass
s = Sub()
s.__missing__ = lambda k: "instance"
try:
    s["k"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ receives the exact key object, including unhashable check first
class Echo(dict):
    def __missing__(self, key):
        return ("missing", key)
print(Echo()[(1, 2)], Echo()[None], Echo()[1.5])
try:
    Echo()[[1]]
except TypeError as e:
    print(type(e).__name__, e)

# KeyError repr quirks for tuple keys
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[()]
except KeyError as e:
    print(type(e).__name__, e, e.args)
