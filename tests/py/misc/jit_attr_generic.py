# Attribute instructions whose inline cache cannot hold (properties, __getattr__, __slots__,
# class attributes, sites that see several types) in hot loops: with the JIT their helpers
# do the generic lookup themselves, running Python code, and leave what it raises for the
# interpreter. Output, tracebacks, line numbers, exception chaining and finalizer order must
# be the interpreter's.
import sys
import traceback


class Shape:
    kind = "shape"
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    kind = "square"
    sides = 4

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Blob(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def polymorphic(shapes, n):
    # One LOAD_ATTR and one LOAD_METHOD site, four types: the cache refills every time.
    t = 0
    kinds = []
    i = 0
    while i < n:
        s = shapes[i % len(shapes)]
        t += s.sides + s.area()
        if i < 4:
            kinds.append(s.kind)
        i += 1
    return t, kinds


print(polymorphic([Square(3), Tri(4, 5), Blob(2), Shape()], 400))


class Temp:
    def __init__(self):
        self._c = 0
        self.log = []

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v > 250:
            raise ValueError("too hot: %d" % v)
        self.log.append(v) if v % 100 == 0 else None
        self._c = v

    @property
    def f(self):
        return self._c * 9 // 5 + 32


def heat(t, n):
    i = 0
    while i < n:
        t.c = t.c + 1
        i += 1
    return t.f


t = Temp()
print(heat(t, 200), t.log)
try:
    heat(t, 100)
except ValueError as e:
    print("ValueError:", e, t.c, t.log)
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


class Lookup:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("bad"):
            raise AttributeError("no " + name)
        return len(name) + sys._getframe(1).f_lineno % 7


def getattr_loop(o, n):
    t = 0
    i = 0
    caught = 0
    while i < n:
        t += o.abc
        try:
            t += o.bad_one
        except AttributeError as e:
            caught += 1
            last = str(e)
        i += 1
    return t, caught, last, o.calls


print(getattr_loop(Lookup(), 300))


class Empty:
    __slots__ = ("x", "y")


def unset_slot(n):
    out = []
    i = 0
    while i < n:
        e = Empty()
        e.x = i
        try:
            out.append(e.x + e.y)
        except AttributeError as err:
            if i == 0:
                out.append(str(err))
        i += 1
    return out, len(out)


print(unset_slot(300))


def method_errors(objs, n):
    caught = []
    i = 0
    while i < n:
        o = objs[i % len(objs)]
        try:
            o.strip()
        except AttributeError as e:
            if len(caught) < 3:
                caught.append(str(e))
        i += 1
    return caught


print(method_errors([" a ", None, 3, "b"], 300))


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Holder:
    __slots__ = ("item",)


def replace_loop(n):
    h = Holder()
    i = 0
    while i < n:
        h.item = Noisy(i) if i % 100 == 0 else i
        i += 1
    print("loop done")
    return h.item.n


print(replace_loop(301))


class Chain:
    @property
    def broken(self):
        return {}["key"]


def chained(n):
    c = Chain()
    i = 0
    while i < n:
        try:
            c.broken
        except KeyError as e:
            if i == n - 1:
                try:
                    raise RuntimeError("wrapped")
                except RuntimeError as r:
                    return repr(r.__context__), i
        i += 1


print(chained(300))


def deep(o, depth):
    if depth == 0:
        return o.nothing_here
    return deep(o, depth - 1)


for trial in range(3):
    try:
        i = 0
        while i < 100:
            i += 1
        deep(Shape(), 5)
    except AttributeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(len(tb), [(f.name, f.lineno) for f in tb][-3:], e)


class Guarded:
    def __setattr__(self, name, value):
        if name == "frozen":
            raise TypeError("frozen is read-only")
        object.__setattr__(self, name, value)


def setattr_errors(n):
    g = Guarded()
    bad = 0
    i = 0
    while i < n:
        g.ok = i
        try:
            g.frozen = i
        except TypeError:
            bad += 1
        i += 1
    return g.ok, bad


print(setattr_errors(300))
