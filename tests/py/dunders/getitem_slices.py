# __getitem__ / __setitem__ / __delitem__ with integers, slices and tuples.

class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  set", key, "=", value)
    def __delitem__(self, key):
        print("  del", key)

r = Recorder()
print(r[0], r[-1], r["k"], r[None])
print(r[1:2], r[:], r[::2], r[1:], r[:5], r[-3:-1:-1])
print(r[1, 2], r[1:2, 3], r[...], r[:, None], r[()])
print(r[1:2:3].start, r[1:2:3].stop, r[1:2:3].step)
r[0] = "zero"
r[1:3] = [9, 9]
r[::2] = ()
r[1, 2] = "tuple"
del r[5]
del r[2:]
del r[::-1]

# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 5, None) == slice(5))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print([0, 1, 2, 3, 4, 5][s], "abcdefghij"[slice(2, None, 3)])

# a sequence class supporting slices
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        if not isinstance(i, int):
            raise TypeError("Seq indices must be integers or slices, not " + type(i).__name__)
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __repr__(self):
        return "Seq(%r)" % self.data

sq = Seq(range(10))
print(sq[3], sq[-1], sq[2:5], sq[::-3], sq[100:], len(sq[::2]))
try:
    sq[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    sq["x"]
except TypeError as e:
    print(type(e).__name__, e)
sq[0] = "first"
sq[1:3] = ["a", "b", "c"]
print(sq)
del sq[::2]
print(sq)
del sq[0]
print(sq)

# list slicing semantics
L = list(range(10))
L[2:5] = []
print(L)
L[:0] = ["start"]
print(L)
L[len(L):] = ["end"]
print(L)
L[::3] = ["x"] * len(L[::3])
print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    L[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
del L[1::2]
print(L)

# negative steps and out-of-range bounds
word = "abcdefgh"
print(word[::-1], word[-2::-2], word[5:1:-1], word[100:], word[-100:2], word[3:3], word[6:2])

# missing __setitem__/__delitem__
class ReadOnly:
    def __getitem__(self, i):
        return i
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)

# dict with tuple and slice-ish keys
dk = {}
dk[1, 2] = "pair"
dk[(3,)] = "single"
print(dk[1, 2], dk[3,], sorted(dk, key=str))
try:
    dk[slice(1, 2)] = 1
    print("slice stored as key")
except TypeError as e:
    print(type(e).__name__, e)

# index errors on builtins
for expr in ("[][0]", "()[0]", "''[0]", "[1][-2]", "b''[0]", "range(3)[3]"):
    try:
        eval(expr)
    except IndexError as e:
        print(expr, "|", e)
for expr in ("[1]['a']", "(1,)[1.0]", "'s'[None]", "{}[[]]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "|", e)
