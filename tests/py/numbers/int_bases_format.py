# bin/oct/hex and their format() counterparts for positive, negative and big ints.

for v in [0, 1, 2, 7, 8, 15, 16, 255, 256, -1, -2, -255, 2**32, 2**64 - 1, -(2**64), 10**20, True, False]:
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"),
          format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"))

# Round trips
for v in (0, 5, -5, 123456789012345678901234567890, -(2**100)):
    assert int(bin(v), 0) == v and int(oct(v), 0) == v and int(hex(v), 0) == v
    assert int(bin(v), 2) == v and int(oct(v), 8) == v and int(hex(v), 16) == v
print("round trips ok")

# Objects with __index__ are accepted
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(bin(Idx(10)), oct(Idx(-10)), hex(Idx(255)))

for f in (bin, oct, hex):
    for bad in (1.0, "1", None, [1]):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, repr(bad), "->", type(e).__name__ + ":", e)
