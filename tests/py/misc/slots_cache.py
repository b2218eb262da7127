# `__slots__` attributes read and written in hot loops while the classes change under the
# inline caches: the cached slot index is right only while the type is unchanged.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    __slots__ = ("pad", "y", "x")

    def __init__(self, x, y):
        self.pad = "pad"
        self.x = x
        self.y = y


class R(P):
    __slots__ = ("z",)

    def __init__(self, x, y):
        super().__init__(x, y)
        self.z = x + y


def walk(objs, n):
    t = 0
    i = 0
    while i < n:
        o = objs[i % len(objs)]
        o.x = o.x + 1
        t += o.x - o.y
        i += 1
    return t, [(o.x, o.y) for o in objs]


print(walk([P(1, 2), Q(10, 20), R(100, 200)], 300))
print(walk([P(1, 2)], 300))


def replaced_descriptor(n):
    p = P(0, 0)
    out = []
    i = 0
    while i < n:
        p.x = i
        out.append(p.x)
        if i == 100:
            saved = P.x
            P.x = property(lambda self: "prop", lambda self, v: None)
        if i == 200:
            P.x = saved
        i += 1
    return out[99:102], out[199:202], out[-1]


print(replaced_descriptor(300))


def deleted(n):
    p = P(1, 2)
    errors = []
    i = 0
    while i < n:
        try:
            p.y = p.y + p.x
        except AttributeError as e:
            errors.append(str(e))
            p.y = 0
        if i % 100 == 50:
            del p.x
        if i % 100 == 60:
            p.x = 1
        i += 1
    return p.y, len(errors), errors[0]


print(deleted(300))


class A:
    __slots__ = ("v",)


class B:
    __slots__ = ("v",)


def class_swap(n):
    o = A()
    o.v = 0
    i = 0
    seen = []
    while i < n:
        o.v = o.v + 1
        if i == 100:
            o.__class__ = B
            seen.append(type(o).__name__)
        i += 1
    B.v = 7  # replaces the member descriptor: reads see the class attribute, writes fail
    t = 0
    i = 0
    while i < n:
        t += o.v
        try:
            o.v = i
        except AttributeError as e:
            if i == 0:
                seen.append(str(e))
        i += 1
    return t, seen


print(class_swap(300))


class Hooked(P):
    __slots__ = ()

    def __getattribute__(self, name):
        if name == "x":
            return -1
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


def hooked(objs, n):
    t = 0
    i = 0
    while i < n:
        o = objs[i % 2]
        o.y = i
        t += o.x + o.y
        i += 1
    return t


print(hooked([P(1, 1), Hooked(1, 1)], 300))
