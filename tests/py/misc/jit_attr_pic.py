# Attribute loads and stores at sites that see several types: generated code keeps a small
# cache of types per site (their instance dicts decide the name) and must give way whenever
# a type changes, an instance's dict or class changes, or a type cannot be cached at all.


def names(objs):
    out = []
    for o in objs:
        try:
            out.append(o.name)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


def rename(objs, v):
    for o in objs:
        try:
            o.name = v
        except Exception as e:
            print(type(e).__name__, e)


def make_classes(n):
    classes = []
    for i in range(n):
        # Different dict orders: the name is the i-th key.
        def init(self, i=i):
            for j in range(i):
                setattr(self, "pad%d" % j, j)
            self.name = "c%d" % i
        classes.append(type("C%d" % i, (), {"__init__": init}))
    return classes


classes = make_classes(7)
objs = [c() for c in classes]
for rounds in range(6):
    # One type, then two, ... then more types than the site's cache has ways.
    print(rounds, names(objs[: rounds + 1]))
    print(names(objs))
rename(objs, "renamed")
print(names(objs))
for o in objs:
    print(sorted(vars(o).items())[-1])


class Base:
    def __init__(self, v):
        self.name = v


class Sub(Base):
    pass


class Other:
    name = "class attribute"


a, b, c = Base("a"), Sub("b"), Other()
for _ in range(5):
    print(names([a, b, c]))

# A data descriptor added to a cached type wins over the instance dict from then on.
Sub.name = property(lambda self: "property of " + type(self).__name__, lambda self, v: print("setter", v))
for _ in range(3):
    print(names([a, b, c]))
    rename([a, b], "x")
del Sub.name
print(names([a, b, c]))

# Deleting the attribute: the class attribute (or the error) shows through.
d = Other()
d.name = "instance"
for _ in range(3):
    print(names([d]))
del d.name
for _ in range(3):
    print(names([d]))

# Class assignment and dict replacement.
e = Base("e")
for _ in range(3):
    print(names([e]))
e.__class__ = Sub
print(names([e]))
e.__class__ = Base
e.__dict__ = {"pad": 1, "name": "new dict"}
print(names([e]))


class D(dict):
    pass


e.__dict__ = D(name="dict subclass")
print(names([e]))
rename([e], "through subclass")
print(names([e]), type(e.__dict__).__name__)


# Types that never go through the cache.
class Hooked:
    def __init__(self):
        self.name = "hooked"

    def __getattribute__(self, n):
        return "getattribute " + n


class Slotted:
    __slots__ = ("name",)

    def __init__(self):
        self.name = "slotted"


class Setter:
    def __init__(self):
        object.__setattr__(self, "name", "setter")

    def __setattr__(self, n, v):
        print("__setattr__", n, v)


hs = [Hooked(), Slotted(), Setter(), Base("plain")]
for _ in range(4):
    print(names(hs))
    rename(hs, "r")
print(names(hs))

# __setattr__ added to a class whose stores are cached.
f = Base("f")
for i in range(3):
    rename([f], i)
Base.__setattr__ = lambda self, n, v: print("late __setattr__", n, v)
rename([f], "late")
del Base.__setattr__
rename([f], "after")
print(names([f]))


# Replaced values are released before the object, as in the interpreter.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def swap(o, v):
    o.name = v
    print("stored", v if isinstance(v, str) else v.tag)


holder = Base(Noisy("first"))
for i in range(3):
    swap(holder, Noisy("n%d" % i))
swap(holder, "plain")
del holder
print("end")
