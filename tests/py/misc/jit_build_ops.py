# Building, unpacking, subscripting and testing values in generated code (issue 8): the JIT's
# `env.op`, `env.subscr` and `env.store_subscr` helpers, their generic paths (which run Python
# code) and what those raise, compared with CPython. Loops run past the JIT's threshold.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno - FIRST))
        tb = tb.tb_next
    return out


FIRST = sys._getframe().f_lineno


def unpack(seq):
    a, b = seq
    return b, a


class Pair:
    def __init__(self, items, fail_at=None):
        self.items, self.fail_at = items, fail_at

    def __iter__(self):
        for i, x in enumerate(self.items):
            if i == self.fail_at:
                raise KeyError("iter %d" % i)
            yield x


def unpack_loop(n):
    total = 0
    for i in range(n):
        a, b = (i, i + 1)
        c, d = [b, a]
        e, f = Pair([a, c])
        total += a + b - c + d + e - f
    return total


print(unpack_loop(500))
for bad in [(1, 2, 3), [1], "ab", "abc", Pair([1, 2], fail_at=1), 5, None, iter([1, 2]), {1: 2, 3: 4}]:
    for _ in range(3):
        try:
            r = unpack(bad)
        except Exception as e:
            r = (type(e).__name__, str(e), tb_lines(e))
    print(type(bad).__name__, r)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, k):
        if k == "boom":
            raise LookupError("no boom")
        return self.cells.get(k, 0)

    def __setitem__(self, k, v):
        if v is None:
            raise ValueError("None for %r" % (k,))
        self.cells[k] = v


class Counts(dict):
    def __missing__(self, k):
        return -1


def subscripts(n):
    g, d, c = Grid(), {}, Counts()
    xs = list(range(10))
    acc = []
    for i in range(n):
        d[i % 7] = d.get(i % 7, 0) + 1
        g[i, i % 3] = i
        acc.append(g[i, i % 3] + c[i] + d[i % 7])
        xs[2:4] = xs[3:1:-1]
        t = xs[::3]
        s = "pygmy"[i % 5 : :2]
        acc.append((t[-1], s))
    return acc[-4:], xs, len(d), g[5, 2], list[int], dict[str, int]


print(subscripts(300))


def sub_errors(o, k):
    return o[k]


def store_errors(o, k, v):
    o[k] = v


cases = [({}, "missing"), ([1, 2], 5), ((1,), "x"), (Grid(), "boom"), (5, 1), ({}, []), ("abc", 1.5)]
for o, k in cases:
    for _ in range(3):
        try:
            r = sub_errors(o, k)
        except Exception as e:
            r = (type(e).__name__, str(e), tb_lines(e))
    print("get", r)
for o, k, v in [([1], 3, 0), ({}, [], 1), (Grid(), "a", None), ((1,), 0, 1), ("s", 0, "t"), ([1, 2, 3], slice(0, 3, 2), [9])]:
    for _ in range(3):
        try:
            store_errors(o, k, v)
            r = o if not isinstance(o, Grid) else o.cells
        except Exception as e:
            r = (type(e).__name__, str(e), tb_lines(e))
    print("set", r)


class Bag:
    def __init__(self, fail=False):
        self.fail = fail

    def __contains__(self, x):
        if self.fail:
            raise RuntimeError("contains %r" % (x,))
        return x % 2 == 0


class Neg:
    def __neg__(self):
        return "negated"


class BadNeg:
    def __neg__(self):
        raise ArithmeticError("no neg")


def tests(n):
    out = []
    b = Bag()
    for i in range(n):
        out.append((i in b, i not in [1, 2, 3], "g" in "pygmy", i in {1: 2}, -i, -(i * 1.5), -(-(2**30)) + i))
    return out[-2:], [(x, -x) for x in range(3)], [-Neg() for _ in range(2)]


print(tests(400))


def neg(v):
    return -v


def has(c, x):
    return x in c


for v in [BadNeg(), "s", None, 2**70, -(2**30), True]:
    for _ in range(3):
        try:
            r = neg(v)
        except Exception as e:
            r = (type(e).__name__, str(e), tb_lines(e))
    print("neg", r)
for c, x in [(Bag(True), 4), (5, 1), ({}, []), ([1, [2]], [2]), ("abc", 1), (set(), {})]:
    for _ in range(3):
        try:
            r = has(c, x)
        except Exception as e:
            r = (type(e).__name__, str(e), tb_lines(e))
    print("in", r)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __getitem__(self, k):
        return Noisy(self.name + str(k))

    def __del__(self):
        print("del", self.name)


def drops(n):
    for i in range(n):
        x = Noisy("n")[i]
        a, b = Noisy("a"), Noisy("b")
        t = (a, b)
        del a, b, t
        print("after", x.name)


drops(2)


def builds(n):
    r = None
    for i in range(n):
        r = ((), [], (i,), [i, i], slice(i), slice(i, None, -1), [j * 2 for j in range(i % 4)])
    return r


print(builds(300))
