# __new__ versus __init__.

class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_in_new = True
        return inst
    def __init__(self, *args, **kwargs):
        print("__init__", args, kwargs)
        self.args = args

t = Traced(1, 2, k=3)
print(t.created_in_new, t.args)

# __new__ returning instance of another class skips __init__
class Other:
    def __repr__(self):
        return "Other()"
class Swapper:
    def __new__(cls, flag):
        if flag:
            return Other()
        return super().__new__(cls)
    def __init__(self, flag):
        print("Swapper.__init__ called with", flag)
print(Swapper(True))
print(type(Swapper(False)).__name__)

# __new__ returning a subclass instance still calls __init__
class Base:
    def __new__(cls, kind):
        target = {"a": SubA, "b": SubB}.get(kind, cls)
        return super().__new__(target)
    def __init__(self, kind):
        print("init", type(self).__name__, kind)
class SubA(Base):
    pass
class SubB(Base):
    pass
for k in ("a", "b", "z"):
    print(type(Base(k)).__name__)

# __new__ returning None
class ReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        print("never")
print(ReturnsNone())

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# __new__ is a static method implicitly
print(type(Traced.__dict__["__new__"]).__name__)

# immutable subclass needs __new__
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, len(u), u + "!")

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
p = Point(3, 4)
print(p, p.x, p.y, type(p).__name__, p == (3, 4))

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)

# int subclass __init__ can't change value
class TryInit(int):
    def __init__(self, v):
        super().__init__()
        self.extra = v * 2
ti = TryInit(7)
print(ti, ti.extra)

# object.__new__ argument checks
class NoNewNoInit:
    pass
try:
    NoNewNoInit(1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)

class OnlyNew:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj
print(OnlyNew(2).a)

class PassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    PassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

# object.__init__ with extra args when __new__ overridden is fine
class NewOverridden:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(NewOverridden(1, 2)).__name__)

class InitPassesArgs:
    def __init__(self, *a):
        super().__init__(*a)
try:
    InitPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

# caching instances via __new__ (__init__ still runs each time)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("initializing", key)
        self.key = key
c1 = Cached("x")
c2 = Cached("x")
c3 = Cached("y")
print(c1 is c2, c1 is c3)

# calling __new__ directly
obj = object.__new__(Traced)
print(type(obj).__name__, hasattr(obj, "args"))
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
