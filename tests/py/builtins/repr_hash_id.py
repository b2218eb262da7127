# repr(), hash() where deterministic, and id() identity comparisons.

for o in [None, True, 0, -5, 2**70, 1.5, -0.0, float("inf"), 1j, "s", "it's", b"\x00", [1, "a"], (1,), {"k": [1]},
          {1, 2}, frozenset(), range(2), slice(1, 2), Ellipsis, NotImplemented, type(None), int, ValueError("v")]:
    print(repr(o))
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v!r})"
print(repr(R("x")), repr([R(1), R([2])]), repr({R(1): R(2)}) if False else repr({"r": R(2)}), str(R(3)))
class NoRepr:
    pass
print(repr(NoRepr()).startswith("<__main__.NoRepr object at 0x"))
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)

for o in [0, 1, -1, 12345, 2**61 - 1, 2**100, 0.5, -2.5, 1e100, 0.0, True, (), (1, 2), ((1, 2), 3), (None,) if False else (0,)]:
    print(repr(o), hash(o))
print(hash(None) == hash(None), hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(len) == hash(len))
class H:
    def __hash__(self):
        return 12345678901234567890
print(hash(H()))
class H2:
    def __hash__(self):
        return -1
print(hash(H2()))
class HBool:
    def __hash__(self):
        return True
print(hash(HBool()))
class HFloat:
    def __hash__(self):
        return 1.0
try:
    hash(HFloat())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash(EqOnly):
    __hash__ = object.__hash__
print(hash(EqAndHash()) == hash(EqAndHash()) or "distinct objects hash differently is fine", type(hash(EqAndHash())).__name__)

a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None), type(id(a)).__name__)
x = object()
ids = {id(x): "x"}
print(ids[id(x)], id(x) == id(x))
print(id(int) == id(type(5)), id(len) == id(len), id([]) != id(a))
def same():
    return a
print(id(same()) == id(a))
s1 = "interned"
s2 = "interned"
print(s1 == s2)
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
