# range objects: len, indexing, contains, reversed, equality, repr, negative steps, huge ranges.

for r in [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0), range(5, 2),
          range(-5, 5, 2), range(0, -10, -4), range(1, 2, 100)]:
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[3], r[-2], r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 31 in r, -1 in r)
print(r[1:4], r[::-1], r[::2], r[-3:], r[100:], list(r[1:4]), r[::-1][0], range(10)[::-2])
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(1, 2, 5) == range(1, 3, 7))
print(range(3) == [0, 1, 2], range(3) != range(4), hash(range(0)) == hash(range(3, 3)), hash(range(3)) == hash(range(0, 3, 1)))
huge = range(0, 10**30, 7)
print(len(range(10**18)), huge[10**20], 10**29 in huge, 7 * 10**28 in huge, huge.index(7 * 10**28), huge[-1])
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(2**64).stop, len(range(2**62)))
print(1.0 in range(3), 1.5 in range(3), True in range(3), "a" in range(3), None in range(3))
class Eq2:
    def __eq__(self, other):
        return other == 2
print(Eq2() in range(5), range(5).count(Eq2()))
for args in [(), (1, 2, 3, 4), (1.5,), ("a",), (0, 10, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__ + ":", e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(I(), 10, I()), list(range(I())))
try:
    range(3)[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(101)), max(range(-5, 5)), min(range(3, 0, -1)), sorted(range(3, 0, -1)), list(enumerate(range(2))))
print(str(range(3)), range(-3, 3)[::-3], range(10)[-100:100], range(10)[5:1], range(10)[5:1:-1])
print(range(10)[::3].start, range(10)[::3].stop, range(10)[::3].step)
