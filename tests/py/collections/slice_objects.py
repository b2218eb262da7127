# slice objects: attributes, indices(), equality, use with sequences.

for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice(-3, None), slice("a", "b", "c")]:
    print(repr(s), s.start, s.stop, s.step)
for s in [slice(None), slice(2, 8), slice(2, 8, 3), slice(-3, None), slice(None, -3), slice(None, None, -1),
          slice(8, 2, -2), slice(-100, 100), slice(100, -100, -1), slice(5, 5), slice(0, 20, 4), slice(-1, -20, -5)]:
    for length in (0, 5, 10):
        print(repr(s), length, s.indices(length), len(range(*s.indices(length))))
for bad in [(slice(None, None, 0), 5), (slice(1, 2), -1), (slice("a", 2), 5), (slice(1, 2), "5")]:
    try:
        bad[0].indices(bad[1])
    except (ValueError, TypeError) as e:
        print(repr(bad[0]), bad[1], type(e).__name__ + ":", e)
s = slice(1, 4)
data = list(range(10))
print(data[s], "abcdefgh"[s], (1, 2, 3, 4, 5)[s], b"bytes!"[s], range(10)[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(0, 5, 2) > slice(0, 5, 1))
try:
    hash(slice(1, 2))
    print("slice is hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::], r[:], r[1:2:3], r[1:2, 3], r[..., 1:], r[::-1], r[:, :])
print(type(r[1:2]).__name__, r[1:2] == slice(1, 2), r["a":"b"])
idx = slice(None, None, 2)
print([0, 1, 2, 3, 4][idx], [0, 1, 2, 3][slice(-2, None)], "hello"[slice(None, None, -1)])
