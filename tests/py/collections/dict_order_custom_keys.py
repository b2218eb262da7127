# dict with user-defined keys: __hash__/__eq__ interplay, collisions, order preservation.

class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"

d = {}
for i, name in enumerate("abcdef"):
    d[Key(name, 42)] = i
print(d)
print(d[Key("c", 42)], Key("z", 42) in d, Key("a", 1) in d)
del d[Key("b", 42)]
print(d, len(d))
d[Key("b", 42)] = "back"
print(list(d.values()))

class Logged:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print(f"  hash({self.v})")
        return hash(self.v)
    def __eq__(self, other):
        print(f"  eq({self.v}, {getattr(other, 'v', other)})")
        return isinstance(other, Logged) and self.v == other.v
    def __repr__(self):
        return f"L{self.v}"
print("insert L1")
e = {Logged(1): "one"}
print("lookup equal object")
print(e[Logged(1)])
k = next(iter(e))
print("lookup same object")
print(e[k])

# Equal numbers collapse into one key, keeping the first key object
m = {}
m[1] = "a"
m[1.0] = "b"
m[True] = "c"
print(m, type(list(m)[0]).__name__)
m2 = {True: "t"}
m2[1] = "one"
print(m2)
# Order survives many deletions and insertions
o = {}
for i in range(20):
    o[i] = i
for i in range(0, 20, 3):
    del o[i]
for i in range(0, 20, 6):
    o[i] = "again"
print(list(o))
o2 = dict(reversed(list(o.items())))
print(list(o2)[:5])
print(list({"b": 1, "a": 2}) == ["b", "a"], sorted({"b": 1, "a": 2}))

class Unequal:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return False
    def __repr__(self):
        return "U"
u = Unequal()
s = {u: 1}
print(s[u], Unequal() in s, len({Unequal(): 1, Unequal(): 2}))
# Keys that are equal but of different types: first key object wins, value is last written
mixed = {}
for k in (2, 2.0, 2 + 0j, True, 1.0, 1):
    mixed[k] = repr(k)
print(mixed, [type(k).__name__ for k in mixed])
# Keys mutated after insertion cannot be found by their new value
class MutableKey:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, MutableKey) and self.v == other.v
    def __repr__(self):
        return f"MK({self.v})"
mk = MutableKey(1)
md = {mk: "value"}
mk.v = 2
print(md, MutableKey(1) in md, MutableKey(2) in md, mk in md, list(md)[0] is mk)
