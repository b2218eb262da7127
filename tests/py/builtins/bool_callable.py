# bool() truth testing of many objects; callable() on many objects.

class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Call:
    def __call__(self):
        return "called"
objs = [None, 0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", b"", b"\x00", [], [None], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), Empty(), WithLen(0), WithLen(3), WithBool(), float("nan"),
        NotImplemented if False else Ellipsis, bytearray(), memoryview(b"")]
for o in objs:
    print(type(o).__name__, bool(o))
print(bool(), bool(True), bool(False), type(bool(1)).__name__)
try:
    bool(WithLen(-1))
except ValueError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "x"
try:
    bool(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)

def f():
    pass
items = [f, lambda: 0, print, len, int, str, Empty, Empty(), Call(), Call, "str", 5, None, [].append, "".upper,
         str.upper, object, type, classmethod(f), staticmethod(f), (x for x in []), iter([]), abs]
for o in items:
    print(type(o).__name__, callable(o))
class Dyn:
    pass
d = Dyn()
d.__call__ = lambda: 1
print("instance attr __call__:", callable(d))
Dyn.__call__ = lambda self: 1
print("class attr __call__:", callable(d))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
