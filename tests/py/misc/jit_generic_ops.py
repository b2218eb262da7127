# Binary operations, comparisons and closure cells in hot loops beyond the small-int fast
# path: big ints, floats mixed with ints, NaN, operator overloading that raises, zero
# divisors caught inside the loop, and cells read and written through nonlocal. With the JIT
# these run in helpers or inline; output, errors and line numbers must be the interpreter's.
import math
import traceback


def overflow(n):
    x = 1
    seen = []
    i = 0
    while i < n:
        x = x * 3 + i
        if i % 10 == 0:
            seen.append(x % 1000003)
        i += 1
    return x.bit_length(), seen[-3:], -x // 7 % 1000, (2**62 + i) >> 31, 1 << 40


print(overflow(120))


def edge_floor(n):
    out = []
    i = 0
    while i < n:
        d = i % 5 - 2
        try:
            out.append((-2**30 // -1, (i - 7) // d, (i - 7) % d, (1 << 30) - 1 + d))
        except ZeroDivisionError as e:
            out.append(str(e))
        i += 1
    return out[:6], len(out)


print(edge_floor(200))


def floats(n):
    t = 0.0
    lo = hi = eq = 0
    nan = float("nan")
    i = 0
    while i < n:
        x = i * 0.5 - 25
        t += x ** 2 - x % 3.0 + x // 2
        if x < 3:
            lo += 1
        if 7 <= x:
            hi += 1
        if x == 4:
            eq += 1
        if nan < x or nan == nan or not (nan != nan):
            eq += 1000
        i += 1
    return t, lo, hi, eq, 2 ** -1, 7 / 2, -7 / 2


print(floats(300))


def divide(xs):
    out = []
    caught = 0
    for x in xs:
        try:
            out.append(10 / x)
            out.append(10.0 % x)
        except ZeroDivisionError as e:
            caught += 1
            msg = str(e)
    return len(out), caught, msg, out[:2]


print(divide([1, 2.5, 0, 4, 0.0, -3] * 50))


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        if other == "bad":
            raise ValueError("cannot add bad")
        return NotImplemented

    def __radd__(self, other):
        return Money(self.c + other)

    def __lt__(self, other):
        return self.c < other.c


def money(n):
    total = Money(0)
    i = 0
    errors = []
    while i < n:
        total = total + Money(i)
        total = 1 + total
        try:
            total + "bad"
        except ValueError as e:
            errors.append(str(e))
        try:
            total + None
        except TypeError as e:
            errors.append(str(e))
        i += 1
    return total.c, len(errors), errors[:2], Money(1) < Money(2)


print(money(300))


def strings(n):
    s = ""
    parts = []
    i = 0
    while i < n:
        s = s + "ab"[i % 2]
        parts = parts + [i] if i % 50 == 0 else parts
        i += 1
    return len(s), s[:10], parts, "%d-%s" % (3, "x"), [1, 2] * 2


print(strings(300))


def cells(n):
    total = 0
    calls = 0

    def add(k):
        nonlocal total, calls
        total += k
        calls += 1
        return total

    i = 0
    while i < n:
        add(i)
        total = total - 1
        i += 1
    return total, calls


print(cells(300))


def late_binding(n):
    def get():
        return value

    out = []
    i = 0
    while i < n:
        try:
            out.append(get())
        except NameError as e:
            if not out:
                out.append(str(e))
        if i == 150:
            value = "bound"
        i += 1
    del value
    try:
        get()
    except NameError as e:
        out.append(str(e))
    return out[0], out[1], out[-2], out[-1], len(out)


print(late_binding(300))


def counter_factory():
    count = 0

    def step():
        nonlocal count
        count += 1
        if count == 250:
            raise RuntimeError("step %d" % count)
        return count

    return step


step = counter_factory()
try:
    while True:
        step()
except RuntimeError as e:
    print("RuntimeError:", e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)


def vectors(n):
    v = Vec(1.5, -2)
    acc = Vec(0, 0)
    i = 0
    while i < n:
        acc = acc - v * (i % 3)
        i += 1
    return acc.x, acc.y, math.isclose(acc.x, -450.0)


print(vectors(300))
