# The JIT steps range iterators (small-int values) and list iterators (exact lists) inline:
# values at the edge of the small ints, steps that leave them, iterators stepped by next()
# between loops, list subclasses, lists emptied or replaced while iterated, and the
# references an iteration takes and gives back.
import sys

EDGE = 2**30


def collect(it, limit=50):
    out = []
    for x in it:
        out.append(x)
        if len(out) >= limit:
            break
    return out


for _ in range(60):
    a = collect(range(EDGE - 3, EDGE + 3))
    b = collect(range(-EDGE + 2, -EDGE - 3, -1))
    c = collect(range(0, 2**62, 2**61))
    d = collect(range(EDGE - 1, -EDGE - 1, -(2**29)))
    e = collect(range(5, 5))
print(a, b, c, d, e)


def interleave(n):
    it = iter(range(n))
    firsts = []
    for x in it:
        firsts.append(x)
        if x % 3 == 0:
            firsts.append(next(it, None))
        if x > n // 2:
            break
    rest = collect(it)
    return firsts, rest


for _ in range(40):
    r = interleave(20)
print(r)


class L(list):
    def __iter__(self):
        return super().__iter__()


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


class M(list):
    # A list's iterator reads its items, whatever __len__ and __getitem__ say.
    def __len__(self):
        return 0

    def __getitem__(self, i):
        return 100


for _ in range(40):
    r = (total(L([1, 2, 3])), total([4, 5, 6]), total((7, 8)), total(range(4)), total(M([9, 10])))
print(r)


def mutate(kind):
    lst = list(range(10))
    seen = []
    for x in lst:
        seen.append(x)
        if x == 3:
            if kind == "clear":
                del lst[:]
            elif kind == "replace":
                lst[:] = [100, 101, 102, 103, 104, 105]
            elif kind == "extend":
                lst.extend([7, 7])
    return seen


for _ in range(40):
    r = [mutate(k) for k in ("clear", "replace", "extend", "none")]
print(r)

obj = object()
items = [obj] * 5
before = sys.getrefcount(obj)
for _ in range(200):
    for x in items:
        pass
    del x
print(sys.getrefcount(obj) == before)

# At its end the iterator lets go of its list (an item's finalizer runs before the loop's
# next statement) and stays exhausted.
log = []


class Fin:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(("del", self.n))


def fin_loop(k):
    for i in [Fin(k), 2]:
        pass
    log.append(("after", k))
    it, r = iter([1, 2]), iter(range(2))
    for x in it:
        pass
    for y in r:
        pass
    return next(it, "end"), next(r, "end"), list(it), list(r)


for k in range(40):
    ends = fin_loop(k)
print(log[-4:], ends)
