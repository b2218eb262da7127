# range objects: small ones (i64 bounds, no Python ints made until a method needs them) and
# big ones, through every method, and mixed comparisons between the two kinds.
import pickle

BIG = 2**70
cases = [
    range(5), range(2, 9), range(9, 2, -2), range(0), range(3, 3), range(-5, 5, 3),
    range(10, 0, -1), range(BIG, BIG + 10, 3), range(-BIG, BIG, BIG // 3), range(0, BIG),
    range(2**62 - 3, 2**62 + 3), range(-2**63, 2**63 - 1, 2**61),
]
for r in cases:
    print(repr(r), r.start, r.stop, r.step, bool(r))
    try:
        print("  len", len(r))
    except OverflowError as e:
        print("  len OverflowError:", e)
    print("  items", list(r[:4]), r[-1] if r else None, r[0] if r else None)
    small = r.stop - r.start < 100 * abs(r.step)
    print("  rev", list(reversed(r))[:3] if small else "big")
    print("  slices", r[::2], r[1:-1], r[::-1])
    probe = [r.start, r.stop, r.start + r.step, 7, True] + ([2.0, "x"] if small else [])
    print("  contains", [p in r for p in probe])
    print("  count/index", r.count(r.start), r.index(r.start) if r else None)
    print("  hash equal to twin", hash(r) == hash(range(r.start, r.stop, r.step)))
    print("  pickle", pickle.loads(pickle.dumps(r)) == r, r.__reduce__())

print(range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(range(2, 2 + BIG)[BIG - 1], range(BIG)[-1])
a = range(3)
print(a == range(0, 3, 1), hash(a) == hash(range(0, 3)), a.start, a[1], a.index(2))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
for bad in [(0, 5, 0), (1.5,), ("a", 2)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
try:
    range(5)[9]
except IndexError as e:
    print("IndexError", e)

# chr/ord: one-byte fast paths and every error
print([ord(c) for c in "aZ\x00\x7f"], ord("é"), ord("€"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
print(chr(65), chr(0x20AC), repr(chr(0)), chr(True), chr(0x10FFFF) == "\U0010FFFF")
for bad in ["", "ab", "é€", b"", b"ab", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [-1, 0x110000, 2**70, 1.0, "a"]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
