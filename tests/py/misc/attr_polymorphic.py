# Attribute sites that see several classes in turn (the inline caches' polymorphic state):
# instance attributes, methods and stores must follow every change a class or an instance
# makes mid-loop, as the generic lookup would.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v


class A(Base):
    def get(self):
        return self.v + 1


class B(Base):
    pass


class C(Base):
    def get(self):
        return -self.v


class D(Base):
    w = 100  # shadowed by the instance dict


def rounds(objs, n):
    t = 0
    i = 0
    while i < n:
        o = objs[i % len(objs)]
        t += o.v + o.get() + o.w
        o.v = o.v + 1
        if i == 1000:
            B.get = lambda self: 1000
        if i == 1500:
            del objs[3].w
        if i == 1600:
            objs[0].get = lambda: 7
        if i == 1700:
            C.v = property(lambda self: 5, lambda self, x: None)
        i += 1
    return t, [o.v for o in objs], objs[3].w


print(rounds([A(1), B(2), C(3), D(4)], 2000))


class Later:
    """A class attribute whose class gains __set__ later: it becomes a data descriptor."""


class E(Base):
    w = Later()


class F(Base):
    pass


def descriptor_appears(n):
    objs = [E(1), F(2)]
    out = []
    i = 0
    while i < n:
        o = objs[i % 2]
        out.append(type(o.w).__name__ if i % 2 == 0 else o.w)
        if i == 100:
            Later.__get__ = lambda self, obj, cls: "from __get__"
            Later.__set__ = lambda self, obj, value: None
        i += 1
    return out[99:104]


print(descriptor_appears(200))


class G:
    __slots__ = ("v", "__dict__")

    def __init__(self, v):
        self.v = v
        self.extra = v


class H:
    def __init__(self, v):
        self.extra = v
        self.v = v


def mixed_layouts(n):
    objs = [G(1), H(2), G(3), H(4)]
    t = 0
    i = 0
    while i < n:
        o = objs[i % 4]
        o.extra = o.extra + o.v
        t += o.extra
        i += 1
    return t


print(mixed_layouts(400))


class Hook(Base):
    def __getattribute__(self, name):
        if name == "v":
            return 0
        return object.__getattribute__(self, name)


class Store(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 3)


def hooks(n):
    objs = [A(1), Hook(1), B(1), Store(1)]
    t = 0
    i = 0
    while i < n:
        o = objs[i % 4]
        o.w = i % 7
        t += o.v + o.w + o.get()
        i += 1
    return t


print(hooks(400))


# Instance dicts of several classes with their attributes in different orders (the site's
# entry hint fits one order), a key that equals the name but is another str object, holes
# left by deletions, and dicts big enough for an index table.
class P:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class Q:
    def __init__(self):
        self.c, self.b, self.a = 30, 20, 10


class R:
    def __init__(self):
        for i in range(12):
            setattr(self, "x%d" % i, i)
        self.b, self.c, self.a = 200, 300, 100


def read_write(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.a + o.b * o.c
            o.b = o.b + 1
    return total


objs = [P(), Q(), R(), P(), Q()]
print(read_write(objs, 50), [(o.a, o.b, o.c) for o in objs])
q = objs[1]
del q.a
vars(q)["".join(["a"])] = 7  # an equal str, possibly not the interned one
vars(q)["".join(["b", ""])] = 8
print(read_write(objs, 5), [(o.a, o.b, o.c) for o in objs])
del objs[0].c
try:
    read_write(objs, 1)
except AttributeError as e:
    print("AttributeError", e)
