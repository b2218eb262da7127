# len() on built-in types and __len__ results (including errors).

for o in ["", "abc", "😀é", b"ab", bytearray(3), [], [1, [2, 3]], (), (1,), {}, {1: 2}, set(), {1, 2}, frozenset([1]),
          range(10), range(0, 10, 3), range(5, 0), memoryview(b"abcd"), {}.keys(), {1: 2}.values(), {1: 2, 3: 4}.items()]:
    print(type(o).__name__, len(o))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(7)), len(L(True)), len(L(2**62)))
for n in (-1, 2**63, 1.5, "3", None):
    try:
        print(len(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(n), type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 4
print(len(L(Idx())))
for o in (5, 1.5, None, iter([]), (x for x in []), len, object()):
    try:
        len(o)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    pass
n = NoLen()
n.__len__ = lambda: 3
try:
    len(n)
except TypeError as e:
    print("instance __len__ ignored:", type(e).__name__, e)
l = [1, 2, 3]
l.append(4)
del l[0]
print(len(l), len(l * 3), len(l + l), len(l[::2]), len("".join(["ab"] * 50)))
