# In-place operator dunders and their fallbacks.

class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o):
        print("  __iadd__", o)
        self.v += o
        return self
    def __add__(self, o):
        print("  __add__", o)
        return Acc(self.v + o)
    def __isub__(self, o):
        print("  __isub__", o)
        self.v -= o
        return self

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)

# no __imul__: falls back to __mul__ / __rmul__
class MulOnly:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        print("  __mul__")
        return MulOnly(self.v * o)
    def __repr__(self):
        return "MulOnly(%r)" % self.v
m = MulOnly(3)
before = m
m *= 4
print(m, m is before)

# __iadd__ returning NotImplemented falls back to __add__
class Decline:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  __iadd__ declines")
        return NotImplemented
    def __add__(self, o):
        print("  __add__ used")
        return Decline(self.v + o)
    def __repr__(self):
        return "Decline(%r)" % self.v
d = Decline(1)
d += 1
print(d)

# __iadd__ returning something else rebinds the name to it
class Odd:
    def __iadd__(self, o):
        return "replaced by string"
x = Odd()
x += 1
print(x)

# __iadd__ returning None rebinds to None
class ReturnsNone:
    def __iadd__(self, o):
        pass
y = ReturnsNone()
y += 1
print(y)

# all in-place operators
class All:
    def __init__(self):
        self.log = []
    def __repr__(self):
        return "All" + repr(self.log)
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "imatmul",
             "ilshift", "irshift", "iand", "ior", "ixor"]:
    def method(self, o, _n=name):
        self.log.append(_n)
        return self
    setattr(All, "__%s__" % name, method)
z = All()
z += 1; z -= 1; z *= 1; z /= 1; z //= 1; z %= 1; z **= 1; z @= 1
z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1
print(z)

# lists: += extends in place (any iterable), + requires list
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
lst *= 2
print(lst, alias is lst)

# tuples/strings/ints: += creates new object
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
s = "a"
s += "b"
print(s)

# augmented assignment on attributes and subscripts
class Holder:
    def __init__(self):
        self.items = Acc(0)
h = Holder()
h.items += 10
print(h.items)
dct = {"k": Acc(100)}
dct["k"] += 1
print(dct)
arr = [Acc(0), Acc(0)]
arr[1] -= 7
print(arr)

# the tuple-containing-list quirk: item mutated AND TypeError raised
tup = ([1, 2],)
try:
    tup[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)

# augmented assignment evaluates target expression once
calls = []
def key():
    calls.append("key")
    return "k"
d2 = {"k": 1}
d2[key()] += 5
print(d2, calls)

# set and dict in-place operators
s1 = {1, 2}
s1_alias = s1
s1 |= {3}
s1 &= {1, 3, 4}
s1 ^= {5}
s1 -= {1}
print(sorted(s1), s1 is s1_alias)
dd = {"a": 1}
dd_alias = dd
dd |= {"b": 2}
print(dd, dd is dd_alias)
try:
    dd |= [("c", 3)]
    print(dd)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s1 |= [9]
except TypeError as e:
    print(type(e).__name__, e)

# unsupported in-place ops message
class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 2
except TypeError as e:
    print(type(e).__name__, e)
