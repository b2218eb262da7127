# __hash__ behaviour with sets and dicts.

class Key:
    def __init__(self, k):
        self.k = k
    verbose = True
    def __hash__(self):
        if Key.verbose:
            print("  __hash__", self.k)
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __repr__(self):
        return "Key(%r)" % (self.k,)

d = {}
d[Key("a")] = 1
print(d[Key("a")])
print(Key("a") in d, Key("b") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key("x")) == hash("x"))

# __hash__ called once per operation (not repeatedly)
class CountingHash:
    count = 0
    def __hash__(self):
        CountingHash.count += 1
        return 7
ch = CountingHash()
dd = {ch: 1}
dd[ch]
ch in dd
print(CountingHash.count)

# mutating a key after insertion makes it unfindable
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
mk = Mutable(1)
table = {mk: "found"}
mk.v = 2
print(table.get(mk, "missing"), table.get(Mutable(1), "missing"), len(table))
mk.v = 1
print(table.get(mk, "missing"))

# hash of tuples depends on contents
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
print({(1, 2): "a"}[(1, 2)])

# frozenset hashes equal regardless of construction order
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print({frozenset("ab"): 1}[frozenset("ba")])

# numeric hash consistency
print(hash(2) == hash(2.0) == hash(2 + 0j), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))

# hash(None), hash(True), hash of functions/classes are stable within a run
print(hash(True) == 1, hash(False) == 0, hash(None) == hash(None))
def f(): pass
print(hash(f) == hash(f), hash(Key) == hash(Key))

# unhashable builtins and their messages
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# __hash__ returning a subclass of int or bool
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

class IntSubHash:
    class H(int):
        pass
    def __hash__(self):
        return self.H(12345)
print(hash(IntSubHash()))

# __hash__ that raises
class Raising:
    def __hash__(self):
        raise RuntimeError("hash failed")
for label, fn in (("hash", lambda: hash(Raising())), ("set", lambda: {Raising()}),
                  ("dict", lambda: {Raising(): 1}), ("in dict", lambda: Raising() in {})):
    try:
        fn()
    except RuntimeError as e:
        print(label, "|", type(e).__name__, e)

# lists of keys with the same hash but different equality
class SameHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
many = {SameHash(i): i for i in range(20)}
print(len(many), many[SameHash(13)], SameHash(99) in many)

# set operations rely on hash + eq
Key.verbose = False
a = {Key(1), Key(2), Key(3)}
b = {Key(2), Key(3), Key(4)}
print(sorted(x.k for x in a & b), sorted(x.k for x in a | b), sorted(x.k for x in a - b))
