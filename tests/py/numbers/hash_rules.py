# Numeric hashing: equal numbers hash equal across int, float, bool, complex.

print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(2.5) == hash(2.5 + 0j), hash(-7) == hash(-7.0))

for v in [0, 1, -1, -2, 2, 100, -100, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**64, -(2**61),
          -(2**61 - 1), 10**20, -(10**20), True, False]:
    print("hash", repr(v), hash(v))

for v in [0.5, 1.5, -0.5, 0.25, 0.1, 1e100, -1e100, 2.0**61, 2.0**70, 1e-300, 3.141592653589793,
          float("inf"), float("-inf"), 1e308]:
    print("hash", repr(v), hash(v))

# Floats that are integers hash like the int
for v in [1.0, -1.0, 12345.0, 2.0**52, 2.0**64, 1e20]:
    print(repr(v), hash(v) == hash(int(v)))

# hash(-1) is special: -1 is reserved, so it becomes -2
print(hash(-1), hash(-1.0), hash(-1 + 0j), hash(-2))

# complex hashes combine real and imag
for c in [1j, 2 + 3j, -1j, 1 + 1j, complex(0.5, -0.5)]:
    print("hash", repr(c), hash(c))

# tuples of ints
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), (0, 0), (-1,), (1, (2, 3)), (True, 1.0), ((),)]:
    print("hash", repr(t), hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2 + 0j)))

# frozenset hashes of ints
print(hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))

# Consequences for dicts and sets
s = {1, 1.0, True, 1 + 0j}
print(s, len(s))
d = {}
for k in (0, 0.0, False, -0.0, 0j):
    d[k] = repr(k)
print(d)

# Unhashable types
for v in ([], {}, set(), bytearray(), [1, 2], (1, [2])):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2**64)), hash(H(True)))

class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
