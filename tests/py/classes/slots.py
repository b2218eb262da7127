# __slots__.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)

# unset slot
class Partial:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
pp = Partial()
print(pp.a)
try:
    pp.b
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(pp, "b"), getattr(pp, "b", "dflt"))
del pp.a
try:
    del pp.a
except AttributeError as e:
    print(type(e).__name__, e)

# slot descriptors on the class
print(type(Point.__dict__["x"]).__name__)
print(Point.__slots__)
print(sorted(k for k in Point.__dict__ if k in ("x", "y", "__dict__", "__weakref__")))

# class attribute conflicting with slot
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

# subclass without __slots__ gets a __dict__
class Sub(Point):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z, sorted(vars(s)))

# subclass with extra slots
class Sub3(Point):
    __slots__ = ("z",)
s3 = Sub3(1, 2)
s3.z = 3
print(s3.x, s3.y, s3.z)
try:
    s3.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

# __dict__ in slots allows arbitrary attributes
class Dyn:
    __slots__ = ("fixed", "__dict__")
d = Dyn()
d.fixed = 1
d.other = 2
print(d.fixed, vars(d))

# slots as a single string
class Single:
    __slots__ = "only"
o = Single()
o.only = "yes"
print(o.only, Single.__slots__)
try:
    o.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# empty slots
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as e2:
    print(type(e2).__name__, e2)

# slots with a list and a dict
class ListSlots:
    __slots__ = ["p", "q"]
class DictSlots:
    __slots__ = {"m": "doc for m", "n": "doc for n"}
ls = ListSlots(); ls.p = 1
ds = DictSlots(); ds.m = 2
print(ls.p, ds.m, DictSlots.m.__doc__)

# invalid slot names
try:
    class BadSlot:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

# private name mangling in slots
class Mangled:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "s"
    def get(self):
        return self.__secret
print(Mangled().get(), "_Mangled__secret" in Mangled.__dict__)

# slots with defaults via class-level property or __init__
class WithDefaults:
    __slots__ = ("a", "b")
    def __init__(self, a=1, b=2):
        self.a, self.b = a, b
print([(w.a, w.b) for w in (WithDefaults(), WithDefaults(5), WithDefaults(b=9))])

# getattr/setattr on slotted objects
setattr(p, "y", 99)
print(getattr(p, "y"))
try:
    setattr(p, "nope", 1)
except AttributeError as e:
    print(type(e).__name__, e)

# multiple slotted bases with non-empty slots conflict
class SA:
    __slots__ = ("a",)
class SB:
    __slots__ = ("b",)
try:
    class SAB(SA, SB):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# but empty slots combine fine
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class E12(E1, E2):
    __slots__ = ("v",)
x = E12(); x.v = 1
print(x.v)

# __slots__ with __eq__ and iteration over slots
class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, *a):
        for n, v in zip(self.__slots__, a):
            setattr(self, n, v)
    def __iter__(self):
        return (getattr(self, n) for n in self.__slots__)
    def __eq__(self, o):
        return tuple(self) == tuple(o)
print(list(Vec(1, 2, 3)), Vec(1, 2, 3) == Vec(1, 2, 3), Vec(1, 2, 3) == Vec(1, 2, 4))
