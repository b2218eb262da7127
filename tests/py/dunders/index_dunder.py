# __index__: used for slicing, indexing, bin/oct/hex, range, and more.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("  __index__ ->", self.v)
        return self.v
    def __repr__(self):
        return "Idx(%d)" % self.v

data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(5)])
print(data[::Idx(3)])
print("string"[Idx(-1)])
print((10, 20, 30)[Idx(1)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(4))[Idx(1)])
print("ab" * Idx(3), [0] * Idx(2), Idx(2) * "cd")
print(int.__index__(7), (7).__index__())


# item assignment / deletion with __index__
d2 = [0, 0, 0]
d2[Idx(1)] = "set"
del d2[Idx(0)]
print(d2)

# bytes/bytearray
print(bytes([Idx(65), Idx(66)]), bytearray(Idx(2)))
print(b"xyz"[Idx(0)])

# __index__ is used by int() as a fallback (3.10+ int() uses __index__ if no __int__)
print(int(Idx(42)))

# not used for float contexts directly; float() uses __index__ as fallback in 3.8+
print(float(Idx(3)))

# round/abs do not use __index__
try:
    abs(Idx(1))
except TypeError as e:
    print(type(e).__name__, e)

# __index__ must return int
class BadIdx:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)

# bool is an int: True/False as indices
print(["no", "yes"][True], ["no", "yes"][False])

# objects without __index__
class NoIdx:
    pass
for label, fn in (("list", lambda: [1][NoIdx()]), ("slice", lambda: [1][NoIdx():]),
                  ("bin", lambda: bin(NoIdx())), ("range", lambda: range(NoIdx())),
                  ("mul", lambda: "a" * NoIdx()), ("float-index", lambda: [1][1.0]),
                  ("float-slice", lambda: [1][1.0:]), ("hex-float", lambda: hex(1.5))):
    try:
        fn()
    except TypeError as e:
        print(label, "|", type(e).__name__, e)

# int subclass with __index__ override: indexing uses... the int value via __index__
class WeirdInt(int):
    def __index__(self):
        return 0
w = WeirdInt(2)
print(["a", "b", "c"][w], bin(w), w + 0)

# huge index
class Huge:
    def __index__(self):
        return 10 ** 30
try:
    [1][Huge()]
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2, 3][Huge():], [1, 2, 3][:Huge()])
try:
    "a" * Huge()
except OverflowError as e:
    print(type(e).__name__, e)

# slice.indices accepts __index__ objects
class Quiet:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(slice(Quiet(1), None).indices(Quiet(5)), slice(Quiet(-2), Quiet(10), Quiet(2)).indices(Quiet(6)))

# __index__ and operator-like builtins: pow with modulus needs ints

try:
    pow(2, Idx(3))
except TypeError as e:
    print(type(e).__name__, e)

# list.insert, list.pop, str.center accept __index__
L = [1, 2, 3]
L.insert(Idx(1), "ins")
print(L, L.pop(Idx(0)), "x".center(Idx(5), "*"))
