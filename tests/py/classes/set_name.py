# __set_name__ on descriptors and other class attributes.

class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "<unset %s>" % self.name)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)

print("defining Model")
class Model:
    first = Field()
    second = Field()
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
print("defined Model")

m = Model(first=1)
print(m.first, m.second)
m.second = "two"
print(m.second, sorted(vars(m)))
print(Model.first.name, Model.first.owner.__name__, Model.second.private)

# same descriptor object bound to two names: called twice
shared = Field()
class Two:
    a = shared
    b = shared
print(shared.name)

# __set_name__ not called when assigned after class creation
class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
print(f.name)

# __set_name__ on non-descriptor objects
class Recorder:
    def __set_name__(self, owner, name):
        print("Recorder got", name, "in", owner.__name__)
class Holder:
    r1 = Recorder()
    x = 5
    r2 = Recorder()

# order: all __set_name__ calls happen before __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class Derived(Base):
    rec = Recorder()

# errors in __set_name__ are wrapped in RuntimeError in 3.11 (the original is the __cause__)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Broken:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)

# __set_name__ is looked up on the type, not instance
class InstanceOnly:
    pass
io = InstanceOnly()
io.__set_name__ = lambda owner, name: print("should not be called")
class UsesIO:
    thing = io
print("instance-level __set_name__ ignored")

# type() three-arg also triggers __set_name__
Dyn = type("Dyn", (), {"f": Field(), "g": Field()})
print(Dyn.f.name, Dyn.g.name, Dyn.g.owner.__name__)

# __set_name__ in nested class body: owner is the inner class
class Outer:
    class Inner:
        fld = Field()
    fld2 = Field()
print(Outer.Inner.fld.owner.__qualname__, Outer.fld2.owner.__qualname__)

# validating descriptors using names from __set_name__
class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, v):
        if v <= 0:
            raise ValueError("%s must be positive, got %r" % (self.name, v))
        obj.__dict__[self.name] = v

class Rect:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
    def area(self):
        return self.width * self.height

print(Rect(3, 4).area())
for w, h in ((0, 1), (2, -5)):
    try:
        Rect(w, h)
    except ValueError as e:
        print(type(e).__name__, e)
